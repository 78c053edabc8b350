/**
 * A known-item query set made deterministically from records: each query is
 * something a person who remembers one record would type, and it comes with the
 * set of record ids that count as finding it.
 *
 * Honest about ambiguity: archives repeat themselves (the same talk announced
 * as a talk and as news, one title reused for a series of sessions, a person
 * with many talks). So a result counts as correct when it is the known item,
 * or another record with the same title (title queries), or another record
 * naming the same person in their own role, speaker, author or subject (name
 * queries; "the same person" is every word of the name found in one name of the
 * record, so "Walter Sande" is also "Walter Wagner Carvalho Sande", and a
 * profile whose title is the name counts too). Title fragments and
 * abstract words are chosen so that they identify that title group, never a
 * phrase that several different titles share; abstract words are never words of
 * a person's name (those are the name queries' business).
 *
 * The same records always give the same queries: every choice is driven by a
 * hash of the record id, never by a random number or the clock.
 */
import type { TalkRecord } from '../../indexer/record.ts';
import { foldName, personKey } from '../../indexer/people/person-key.ts';
import { STOP_WORDS } from '../../indexer/search-options.ts';

export const QUERY_TYPES = [
  'full title',
  'title fragment',
  'speaker name',
  'name with a typo',
  'name folded',
  'last name + title word',
  'rare abstract words',
  'a question in words',
] as const;
export type QueryType = (typeof QUERY_TYPES)[number];

export interface KnownItemQuery {
  type: QueryType;
  query: string;
  /** The record the query was made from. */
  target: string;
  /** Every id that counts as a correct answer (the target included). */
  correct: ReadonlySet<string>;
}

const OWN_ROLES = new Set(['speaker', 'author', 'subject']);

/** FNV-1a: a stable 32-bit hash, so choices never depend on record order. */
export function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

function fold(text: string): string {
  return words(foldName(text).toLowerCase()).join(' ');
}

function ownPeople(r: TalkRecord) {
  return r.people.filter((p) => OWN_ROLES.has(p.role) && p.name.trim() && words(p.name).length >= 2);
}

/**
 * @param perType at most this many queries of each type (the records are
 *   visited in hash order, so the sample is spread over every archive)
 */
export function makeKnownItemQueries(records: readonly TalkRecord[], perType = 250): KnownItemQuery[] {
  const usable = records.filter((r) => !r.placeholder && words(r.title).length > 0);
  const byTitle = groupBy(usable, (r) => fold(r.title));
  const nameSets = usable.map((r) => ({
    id: r.id,
    names: [...ownPeople(r).map((p) => p.name), ...(r.kind === 'profile' ? [r.title] : [])].map((n) => new Set(words(fold(n)))),
  }));
  const nameWords = new Set(usable.flatMap((r) => r.people.flatMap((p) => words(fold(p.name)))));
  const byPerson = new Map<string, Set<string>>();
  const recordsNaming = (name: string): Set<string> => {
    const key = personKey(name);
    let ids = byPerson.get(key);
    if (!ids) {
      const wanted = words(fold(name));
      ids = new Set(nameSets.filter((x) => x.names.some((n) => wanted.every((w) => n.has(w)))).map((x) => x.id));
      byPerson.set(key, ids);
    }
    return ids;
  };
  const titleDf = documentFrequencies(usable.map((r) => r.title));
  const textDf = documentFrequencies(usable.map((r) => [r.title, r.summary, r.abstract, r.bio, r.body].join(' ')));
  const allTitles = [...byTitle.keys()];
  const sameTitle = (r: TalkRecord) => new Set((byTitle.get(fold(r.title)) ?? [r]).map((x) => x.id));

  const out: KnownItemQuery[] = [];
  for (const type of QUERY_TYPES) {
    const order = [...usable].sort(
      (a, b) => stableHash(`${type}|${a.id}`) - stableHash(`${type}|${b.id}`) || (a.id < b.id ? -1 : 1),
    );
    const made: KnownItemQuery[] = [];
    const seenQueries = new Set<string>();
    for (const r of order) {
      if (made.length >= perType) break;
      const q = makeOne(type, r);
      if (!q || seenQueries.has(q.query.toLowerCase())) continue;
      seenQueries.add(q.query.toLowerCase());
      made.push(q);
    }
    out.push(...made);
  }
  return out;

  function makeOne(type: QueryType, r: TalkRecord): KnownItemQuery | undefined {
    const h = stableHash(r.id);
    const person = ownPeople(r)[0];
    const personIds = person ? new Set([r.id, ...recordsNaming(person.name)]) : undefined;
    switch (type) {
      case 'full title':
        return words(r.title).length >= 2 ? { type, query: r.title, target: r.id, correct: sameTitle(r) } : undefined;
      case 'title fragment': {
        const w = words(r.title);
        if (w.length < 5) return undefined;
        const length = 3 + (h % 2);
        const start = 1 + (h % Math.max(1, w.length - length - 1));
        const fragment = w.slice(start, start + length);
        if (fragment.length < 3 || fragment.filter((x) => !STOP_WORDS.has(x.toLowerCase())).length < 2) return undefined;
        const folded = ` ${fold(fragment.join(' '))} `;
        // Only fragments that identify one title (group): a phrase many titles share is no known item.
        const owners = allTitles.filter((t) => ` ${t} `.includes(folded));
        if (owners.length !== 1) return undefined;
        return { type, query: fragment.join(' '), target: r.id, correct: sameTitle(r) };
      }
      case 'speaker name':
        return person && personIds ? { type, query: person.name, target: r.id, correct: personIds } : undefined;
      case 'name with a typo': {
        if (!person || !personIds) return undefined;
        const parts = person.name.split(/\s+/);
        const last = parts[parts.length - 1] as string;
        if (words(last).length !== 1 || last.length < 5) return undefined;
        parts[parts.length - 1] = oneTypo(last, h);
        return { type, query: parts.join(' '), target: r.id, correct: personIds };
      }
      case 'name folded': {
        if (!person || !personIds) return undefined;
        // Names with accents first (hash order within), then any name in lower case.
        const query = fold(person.name);
        const accented =
          query !==
          person.name
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, ' ')
            .trim();
        if (!accented && h % 3 !== 0) return undefined;
        return { type, query, target: r.id, correct: personIds };
      }
      case 'last name + title word': {
        if (!person) return undefined;
        const last = words(person.name).pop() as string;
        const word = rarest(words(r.title), titleDf, 4);
        if (!word || fold(word) === fold(last)) return undefined;
        const correct = new Set<string>([r.id]);
        const theirs = recordsNaming(person.name);
        for (const x of usable) {
          if (theirs.has(x.id) && ` ${fold(x.title)} `.includes(` ${fold(word)} `)) correct.add(x.id);
        }
        return { type, query: `${last} ${word}`, target: r.id, correct };
      }
      case 'a question in words': {
        // "talk about graph neural networks ", as someone who half remembers it asks, finished
        // with a space: the title's three rarest words after a few words of asking.
        const telling = rarestN(
          words(r.title).filter((w) => !STOP_WORDS.has(w.toLowerCase()) && !nameWords.has(fold(w))),
          titleDf,
          3,
          4,
        );
        if (telling.length < 3) return undefined;
        const asking = ['talk about', 'the seminar on', 'lecture on', 'that talk about'][h % 4];
        return { type, query: `${asking} ${telling.join(' ')} `, target: r.id, correct: sameTitle(r) };
      }
      case 'rare abstract words': {
        // The abstract; a record without a separate one keeps it in its body.
        const text = r.abstract || r.body || '';
        // Names are what the name queries test; a name typed alone rightly finds that person's own records first.
        const rare = rarestN(
          words(text).filter((w) => !nameWords.has(fold(w))),
          textDf,
          2,
          5,
        );
        if (rare.length < 2) return undefined;
        return { type, query: rare.join(' '), target: r.id, correct: sameTitle(r) };
      }
    }
  }
}

/** One deterministic edit inside a word: a swap, a dropped letter or a changed letter, never the first letter. */
export function oneTypo(word: string, h: number): string {
  const chars = [...word];
  const at = 1 + (h % (chars.length - 2));
  const edit = (h >>> 8) % 3;
  if (edit === 0 && chars[at] !== chars[at + 1]) [chars[at], chars[at + 1]] = [chars[at + 1] as string, chars[at] as string];
  else if (edit === 1) chars.splice(at, 1);
  else chars[at] = chars[at] === 'e' ? 'a' : 'e';
  return chars.join('');
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, []);
    (map.get(k) as T[]).push(item);
  }
  return map;
}

function documentFrequencies(texts: readonly string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const t of texts) for (const w of new Set(words(fold(t)))) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

/** The rarest alphabetic word of at least `minLength` letters (ties: first in the text). */
function rarest(ws: readonly string[], df: ReadonlyMap<string, number>, minLength: number): string | undefined {
  return rarestN(ws, df, 1, minLength)[0];
}

function rarestN(ws: readonly string[], df: ReadonlyMap<string, number>, n: number, minLength: number): string[] {
  const seen = new Set<string>();
  const candidates: { w: string; df: number; at: number }[] = [];
  ws.forEach((w, at) => {
    const f = fold(w);
    if (f.length < minLength || !/^\p{L}+$/u.test(f) || STOP_WORDS.has(f) || seen.has(f)) return;
    seen.add(f);
    candidates.push({ w, df: df.get(f) ?? 0, at });
  });
  return candidates
    .sort((a, b) => a.df - b.df || a.at - b.at)
    .slice(0, n)
    .map((c) => c.w);
}
