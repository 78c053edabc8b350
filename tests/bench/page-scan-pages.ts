/**
 * The large pages bench:page scans, built at run time from the archives' own records (read
 * from ../shared/corpus by path, never copied): an article and a schedule as one huge table.
 */
import type { TalkRecord } from '../../indexer/record.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sentences = (s: string | undefined) => (s ?? '').split(/(?<=[.!?])\s+/).filter((x) => x.trim());

/** An article page: a section per record, a node per sentence, names as links, some emphasis. */
export function articleHtml(records: readonly TalkRecord[], targetChars: number, from = 0): { html: string; next: number } {
  const out: string[] = [];
  let chars = 0;
  let i = from;
  while (chars < targetChars && records.length) {
    const r = records[i++ % records.length]!;
    const people = r.people.map((p) => `<a href="#p">${esc(p.name)}</a>`).join(', ');
    const body = [r.abstract, r.bio, r.body].flatMap(sentences);
    const paras = body.map((s, k) => (k % 3 === 1 ? `<em>${esc(s)}</em> ` : `<span>${esc(s)}</span> `));
    const html = `<section><h2>${esc(r.title)}</h2><p class="meta">${people} · ${esc(r.date ?? '')} · ${esc(r.series)}</p><p>${paras.join('')}</p></section>`;
    out.push(html);
    chars += r.title.length + body.join(' ').length + r.people.reduce((n, p) => n + p.name.length, 0) + 20;
  }
  return { html: out.join('\n'), next: i };
}

/** A schedule as one very large table: a row per record and person, four cells each. */
export function tableHtml(records: readonly TalkRecord[], targetChars: number): string {
  const rows: string[] = [];
  let chars = 0;
  for (let i = 0; chars < targetChars && records.length; i++) {
    const r = records[i % records.length]!;
    const who = r.people.map((p) => p.name).join(', ') || '—';
    const summary = (r.summary ?? '').slice(0, 160);
    rows.push(`<tr><td>${esc(r.date ?? '')}</td><td>${esc(who)}</td><td>${esc(r.title)}</td><td>${esc(summary)}</td></tr>`);
    chars += (r.date ?? '').length + who.length + r.title.length + summary.length;
  }
  return `<table><tbody>${rows.join('')}</tbody></table>`;
}

export function pageHtml(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench</title><style>body{font:15px/1.5 sans-serif;margin:2em;max-width:60em}td{padding:2px 6px}</style></head><body>${body}</body></html>`;
}
