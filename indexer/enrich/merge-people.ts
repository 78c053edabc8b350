/**
 * One person across records: the same name in a talk, a profile and a news post
 * becomes one key, whatever spelling each record used.
 */
import { personKey } from '../people/person-key.ts';
import type { Person, TalkRecord } from '../record.ts';

/**
 * Unifies `Person.key` across `records` (in place on copies) so that
 * "T. Hartvigsen" joins "Tom Hartvigsen" when he is the only Hartvigsen whose
 * given name starts with T, and "Neil Lawrence" joins "Neil D. Lawrence" when
 * no other middle initial is written between Neil and Lawrence. Names are kept
 * as each record wrote them.
 *
 * Contract: returns new records; a key only ever merges into a key with the same
 * last word; an initial merges only when exactly one full name fits it; a name
 * without middle initials merges into the one with them only when exactly one
 * set of middle initials is written for that name, and joins its key.
 *
 * @example mergePeople([talkBy('T. Hartvigsen'), talkBy('Tom Hartvigsen')])
 *   // both people get key 'tom hartvigsen'
 * @example mergePeople([talkBy('Neil Lawrence'), talkBy('Neil D. Lawrence')])
 *   // both people get key 'neil d lawrence'
 */
export function mergePeople(records: readonly TalkRecord[]): TalkRecord[] {
  const keys = new Set<string>();
  for (const r of records) for (const p of r.people) if (p.key) keys.add(p.key);

  const canonical = joinMiddleInitials(records, keys);

  const byLast = new Map<string, string[]>();
  for (const key of keys) {
    const words = key.split(' ');
    // A key merged away above is no longer a name an initial could mean.
    if (words.length < 2 || isInitial(words[0]!) || canonical.has(key)) continue;
    const last = words[words.length - 1]!;
    byLast.set(last, [...(byLast.get(last) ?? []), key]);
  }

  for (const key of keys) {
    const words = key.split(' ');
    if (words.length < 2 || !words.slice(0, -1).every(isInitial)) continue;
    const initials = words.slice(0, -1);
    const fits = (byLast.get(words[words.length - 1]!) ?? []).filter((full) => {
      const given = full.split(' ').slice(0, -1);
      return initials.every((ini, i) => given[i]?.startsWith(ini));
    });
    if (fits.length === 1) canonical.set(key, fits[0]!);
  }

  if (canonical.size === 0) return [...records];
  return records.map((r) => {
    if (!r.people.some((p) => canonical.has(p.key))) return r;
    return { ...r, people: dedupePeople(r.people.map((p) => ({ ...p, key: canonical.get(p.key) ?? p.key }))) };
  });
}

/**
 * Maps the key of each name written without middle initials ("aashirwad ballal") to
 * the key of the same name written with them ("aashirwad n ballal"), when exactly one
 * such key exists: two different middle initials mean two people may share the
 * name, so then none of them joins.
 */
function joinMiddleInitials(records: readonly TalkRecord[], keys: ReadonlySet<string>): Map<string, string> {
  const withInitials = new Map<string, Set<string>>();
  for (const r of records) {
    for (const p of r.people) {
      const bare = withoutMiddleInitials(p.name, p.key);
      if (bare && keys.has(bare)) withInitials.set(bare, (withInitials.get(bare) ?? new Set()).add(p.key));
    }
  }
  const canonical = new Map<string, string>();
  for (const [bare, full] of withInitials) if (full.size === 1) canonical.set(bare, [...full][0]!);
  return canonical;
}

/**
 * The key of `name` with the initials between its first given name and its surname
 * dropped ("Neil D. Lawrence" → "neil lawrence"; "Lawrence, Neil D." too), or '' when
 * it has none. A name whose first word is an initial ("J. A. Smith") is left to the
 * initials rule.
 */
function withoutMiddleInitials(name: string, key: string): string {
  const words = key.split(' ');
  if (words.length < 3 || isInitial(words[0]!)) return '';
  const bare = [words[0], ...words.slice(1, -1).filter((w) => !isInitial(w)), words[words.length - 1]].join(' ');
  if (bare === key) return '';
  // "D'Angelo" and "O'Brien" leave a one-letter word in the key too; only a letter
  // written apart, as in "D." or "S.F.", is an initial.
  return personKey(name.replace(WRITTEN_INITIAL, ' ')) === bare ? bare : '';
}

const WRITTEN_INITIAL = /(?<=^|[\s,])(?:\p{L}\.)*\p{L}\.?(?=[\s,]|$)/gu;

function isInitial(word: string): boolean {
  return word.length === 1;
}

/** Each person once per role, in the order given (two spellings joined into one key may repeat). */
export function dedupePeople(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const id = `${p.key}\u0000${p.role}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
