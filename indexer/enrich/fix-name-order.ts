/**
 * People lists written surname first ("Abate Marco", "Benini Anna Miriam"), as some
 * archives keep their members' data file, turned to the given-name-first order every other
 * record of the archive uses, so the profile joins the person's talks and the name is found
 * on pages where it is written "Marco Abate".
 */
import { PARTICLES } from '../names/name-forms.ts';
import { personKey } from '../people/person-key.ts';
import type { TalkRecord } from '../record.ts';

/** Fewest names of one list that must be found, the other way round, elsewhere in the archive. */
const MIN_EVIDENCE = 3;

/**
 * Turns the subjects' names of each people list (the profiles read from one data file) to
 * given name first, when the list is evidently written surname first: at least
 * `MIN_EVIDENCE` of its names are known from other records only the other way round
 * (as speakers, authors, subjects), and at least three times as many as are known the way
 * the list writes them. One name of several words takes the split the archive knows
 * ("Benini Anna Miriam" → "Anna Miriam Benini"), else the surname is the first word with
 * the particles before it ("Cherubini Anna Maria" → "Anna Maria Cherubini", "Della Corte
 * Alessandro" → "Alessandro Della Corte"). Lists without such evidence,
 * and every other record, are left as they are.
 *
 * Contract: returns new records in the same order; only `title` (when it was the name) and
 * the subject's `name` and `key` change.
 *
 * @example fixNameOrder([profile('Abate Marco', 'people.json#0'), ..., talkBy('Marco Abate'), ...])
 *   // the profile's subject becomes { name: 'Marco Abate', key: 'marco abate' }
 */
export function fixNameOrder(records: readonly TalkRecord[]): TalkRecord[] {
  const lists = new Map<string, number[]>();
  for (const [i, r] of records.entries()) {
    const hash = r.source.indexOf('#');
    if (r.kind !== 'profile' || hash < 0 || !subjectOf(r)) continue;
    const list = `${r.root}\u0000${r.source.slice(0, hash)}`;
    const members = lists.get(list);
    if (members) members.push(i);
    else lists.set(list, [i]);
  }
  if (!lists.size) return [...records];

  // How many records name each key: a key is known beyond a list when its own records are not all.
  const named = new Map<string, number>();
  for (const r of records) for (const key of new Set(r.people.map((p) => p.key))) named.set(key, (named.get(key) ?? 0) + 1);
  const out = [...records];
  for (const members of lists.values()) {
    const own = new Map<string, number>();
    for (const i of members)
      for (const key of new Set(records[i]!.people.map((p) => p.key))) own.set(key, (own.get(key) ?? 0) + 1);
    const known = { has: (key: string) => (named.get(key) ?? 0) > (own.get(key) ?? 0) };
    let asWritten = 0;
    let turned = 0;
    const splits = new Map<number, number>();
    for (const i of members) {
      const name = subjectOf(records[i]!)!.name;
      if (known.has(personKey(name))) asWritten++;
      const k = knownSplit(name, known);
      if (k !== undefined) {
        turned++;
        splits.set(i, k);
      }
    }
    if (turned < MIN_EVIDENCE || turned < 3 * asWritten) continue;
    // The archive's own text, read only for the names of three words or more that no record names.
    let text: string | undefined;
    const written = (name: string) => (text ??= textOf(records, records[members[0]!]!.root)).includes(name);
    for (const i of members) {
      const r = records[i]!;
      const subject = subjectOf(r)!;
      const words = subject.name.trim().split(/\s+/);
      if (words.length < 2) continue;
      let k = splits.get(i);
      if (k === undefined && words.length > 2) k = [...words.keys()].slice(1).find((j) => written(turn(words, j)));
      const name = turn(words, k ?? surnameLength(words));
      out[i] = {
        ...r,
        title: r.title === subject.name ? name : r.title,
        people: r.people.map((p) => (p === subject ? { ...p, name, key: personKey(name) } : p)),
      };
    }
  }
  return out;
}

/** The titles, summaries and bodies of a root's records, as one text to look names up in. */
function textOf(records: readonly TalkRecord[], root: string): string {
  return records
    .filter((r) => r.root === root)
    .map((r) => `${r.title}\n${r.summary ?? ''}\n${r.body ?? ''}`)
    .join('\n');
}

function subjectOf(r: TalkRecord) {
  return r.people.find((p) => p.role === 'subject' && !p.name.includes(','));
}

/** Where a surname-first name splits so that its turned form is a known key, if it does. */
function knownSplit(name: string, known: { has(key: string): boolean }): number | undefined {
  const words = name.trim().split(/\s+/);
  for (let k = 1; k < words.length; k++) if (known.has(personKey(turn(words, k)))) return k;
  return undefined;
}

/** How many leading words of a surname-first name are the surname: its particles and one word. */
function surnameLength(words: readonly string[]): number {
  let k = 0;
  while (k < words.length - 2 && PARTICLES.has(words[k]!.toLowerCase())) k++;
  return k + 1;
}

/** The words from `k` on (the given names), then those before (the surname). */
function turn(words: readonly string[], k: number): string {
  return [...words.slice(k), ...words.slice(0, k)].join(' ');
}
