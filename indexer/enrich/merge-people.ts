/**
 * One person across records: the same name in a talk, a profile and a news post
 * becomes one key, whatever spelling each record used.
 */
import type { Person, TalkRecord } from '../record.ts';

/**
 * Unifies `Person.key` across `records` (in place on copies) so that
 * "T. Hartvigsen" joins "Tom Hartvigsen" when he is the only Hartvigsen whose
 * given name starts with T. Names are kept as each record wrote them.
 *
 * Contract: returns new records; a key only ever merges into a key with the same
 * last word; an initial merges only when exactly one full name fits it.
 *
 * @example mergePeople([talkBy('T. Hartvigsen'), talkBy('Tom Hartvigsen')])
 *   // both people get key 'tom hartvigsen'
 */
export function mergePeople(records: readonly TalkRecord[]): TalkRecord[] {
  const keys = new Set<string>();
  for (const r of records) for (const p of r.people) if (p.key) keys.add(p.key);

  const byLast = new Map<string, string[]>();
  for (const key of keys) {
    const words = key.split(' ');
    if (words.length < 2 || isInitial(words[0]!)) continue;
    const last = words[words.length - 1]!;
    byLast.set(last, [...(byLast.get(last) ?? []), key]);
  }

  const canonical = new Map<string, string>();
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
