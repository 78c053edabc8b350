/**
 * Completions while typing: the names of the archive's people first (a name is
 * what people most often type), then words and word pairs from the index.
 */
import { foldName } from '../people/person-key.ts';
import { normalizeTerm, tokenizeText } from '../search-options.ts';
import { completeTerm } from './index-vocabulary.ts';
import type { SearchArchive } from './search-archive.ts';

interface NameChoice {
  name: string;
  tokens: string[];
  records: number;
}

const nameLists = new WeakMap<SearchArchive, NameChoice[]>();

/** Every display name of a speaker, author or profile subject, most records first. */
function nameList(archive: SearchArchive): NameChoice[] {
  let list = nameLists.get(archive);
  if (list) return list;
  const byName = new Map<string, NameChoice>();
  for (const record of archive.records.values()) {
    if (record.placeholder) continue;
    for (const p of record.people) {
      if (p.role === 'host' || p.role === 'editor') continue;
      const choice = byName.get(p.name) ?? { name: p.name, tokens: tokensOf(p.name), records: 0 };
      choice.records++;
      byName.set(p.name, choice);
    }
  }
  list = [...byName.values()].sort((a, b) => b.records - a.records || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  nameLists.set(archive, list);
  return list;
}

function tokensOf(text: string): string[] {
  return (
    foldName(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * Completions for `prefix`, best first, at most `limit`, no duplicates.
 * Every word typed must begin a word of a suggested name, in any order.
 * @example suggestCompletions(archive, 'hartv') // ['Tom Hartvigsen', 'hartvigsen']
 * @example suggestCompletions(archive, 'machine lea') // ['machine learning', 'machine learned', …]
 */
export function suggestCompletions(archive: SearchArchive, prefix: string, limit = 8): string[] {
  const typed = tokensOf(typeof prefix === 'string' ? prefix : '');
  if (typed.length === 0 || limit <= 0) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (s: string) => {
    const key = s.toLowerCase();
    if (!seen.has(key) && out.length < limit) {
      seen.add(key);
      out.push(s);
    }
  };
  const nameSlots = Math.max(1, Math.ceil(limit / 2));
  for (const choice of nameList(archive)) {
    if (out.length >= nameSlots) break;
    if (typed.every((w) => choice.tokens.some((t) => t.startsWith(w)))) add(choice.name);
  }
  // Words: one word is completed from the index's own terms, most used first;
  // after other words, only completions found in a record beside them, best record first.
  const words = tokenizeText(prefix);
  const last = normalizeTerm(words[words.length - 1] ?? '');
  if (last && words.length === 1) {
    for (const term of completeTerm(archive.index, last, limit)) add(term);
  } else if (last) {
    const head = words
      .slice(0, -1)
      .map((w) => w.toLowerCase())
      .join(' ');
    const found = archive.index.search(words.join(' '), {
      combineWith: 'AND',
      fuzzy: false,
      prefix: (_term, i, terms) => i === terms.length - 1,
    });
    for (const r of found) {
      for (const term of r.terms) if (term.startsWith(last)) add(`${head} ${term}`);
      if (out.length >= limit) break;
    }
  }
  return out;
}
