/**
 * Course schedules that name their guests inside the topic cell, with no speaker column:
 * `| 2 | 2/26 | State Vital Statistics <br> Kirk Bol, Branch Chief, … <br><br> Air Pollution
 * and COVID19 <br> [Xiao Wu](https://…) |`. Each topic with its guests is a talk of its own.
 * Pure.
 */
import { COMMON_WORDS } from '../names/common-words.ts';
import { PARTICLES } from '../names/name-forms.ts';

/**
 * The talks in one schedule row: for a row with a topic (`title`) and no `speaker`, each
 * topic of the cell with the lines after it that name people, as the row's fields with that
 * `title` and those people as the list `speaker`, one person each (a linked name kept as its
 * markdown link, "Name (Affiliation)"); a topic naming nobody keeps the row's other fields
 * alone. The cell's first line is always a topic; a later line is a guest
 * when every name it lists looks like a person's (capitalised words or initials, surname
 * particles allowed, no acronyms, no digits, the surname not a common word); a line starting a new paragraph
 * (after a blank `<br><br>`) is a guest only while its topic has none yet, or when it
 * gives a link or an affiliation, and otherwise starts the next topic.
 *
 * Returns `undefined` when the row is not such a schedule or no topic names a guest: the row
 * is then read as it stands.
 *
 * @example scheduleSessions({ title: 'Causal Inference<br>[Xiao Wu](https://x.org)', date: '2/26' })
 *   // [{ title: 'Causal Inference', speaker: ['[Xiao Wu](https://x.org)'], date: '2/26' }]
 */
export function scheduleSessions(fields: Readonly<Record<string, string>>): Record<string, string | string[]>[] | undefined {
  const cell = fields.title;
  if (!cell || 'speaker' in fields || !BREAK.test(cell)) return undefined;
  const sessions: { topic: string; guests: string[] }[] = [];
  for (const [p, paragraph] of cell.split(PARAGRAPH).entries()) {
    for (const [l, raw] of paragraph.split(BREAK).entries()) {
      const line = raw.trim();
      if (!line) continue;
      const current = sessions[sessions.length - 1];
      const guests = p + l > 0 && current ? guestsOf(line) : undefined;
      const startsParagraph = l === 0;
      if (guests && (!startsParagraph || !current!.guests.length || /\]\(|,/.test(line))) current!.guests.push(...guests);
      else if (startsParagraph || !current) sessions.push({ topic: line, guests: [] });
      // Anything else under a topic (an organisation's link) is neither a topic nor a guest.
    }
  }
  if (!sessions.some((s) => s.guests.length)) return undefined;
  // A topic with no guest is a row of its own too: a talk if the rest of the row says so, else reported.
  return sessions.map((s) =>
    s.guests.length ? { ...fields, title: s.topic, speaker: s.guests } : { ...fields, title: s.topic },
  );
}

const BREAK = /<br\s*\/?>/i;
/** Two or more line breaks in a row, spaces between them allowed. */
const PARAGRAPH = /(?:<br\s*\/?>\s*){2,}/i;

/**
 * The people a line names, each as `readPeople` reads it, or `undefined` when the line is not
 * a list of people. "A, B & C" and "A and B" list several; otherwise "Name, the rest" is one
 * person and their affiliation.
 */
function guestsOf(line: string): string[] | undefined {
  const links = new Map<string, string>();
  // A link's text stands for it while the line is read; its address comes back with the name.
  const plain = line.replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_, text: string, url: string) => {
    const [name, ...affiliation] = text.split(',');
    links.set(name!.trim(), url);
    return [name, ...affiliation].join(',');
  });
  const listed = plain
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (/&|\band\b/.test(plain) && listed.every(looksLikeName)) return listed.map((name) => withLink(name, links));
  const [first, ...rest] = plain.split(',');
  if (!looksLikeName(first!.trim())) return undefined;
  const affiliation = rest.join(',').trim();
  return [affiliation ? `${withLink(first!.trim(), links)} (${affiliation})` : withLink(first!.trim(), links)];
}

function withLink(name: string, links: ReadonlyMap<string, string>): string {
  const url = links.get(name);
  return url ? `[${name}](${url})` : name;
}

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6 || /\d/.test(text)) return false;
  // "Tom", "O'Neil", "Romero-Brufau", an initial; not an acronym ("CDC", "NIOSH").
  const capitalised = words.filter((w) => /^\p{Lu}(?:\p{Ll}[\p{L}'’.-]*|['’]\p{Lu}[\p{L}'’.-]*|\.)?$/u.test(w));
  if (capitalised.length < 2 || capitalised.length + words.filter((w) => PARTICLES.has(w)).length !== words.length) return false;
  return !COMMON_WORDS.has(words[words.length - 1]!.toLowerCase());
}
