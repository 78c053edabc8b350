/**
 * The name dictionary: one entry per person of the archive, for person pages and
 * for finding the archive's people in the pages someone reads.
 */
import type { NameEntry } from '../bundle-format.ts';
import { givesTalk, type Role, type TalkRecord } from '../record.ts';

/**
 * Builds one `NameEntry` per `Person.key` over non-placeholder records.
 *
 * Contract: `name` is the spelling used most (ties: the one with most non-ASCII
 * letters, since accents are more often dropped than invented; then the longer;
 * then alphabetical); `variants` every other spelling; `affiliation` their profile's, else
 * that of their newest dated record giving one, else the most frequent; `homepage` the most
 * frequent given; `records` newest first then by id;
 * entries sorted by key. Deterministic.
 *
 * @example buildNameDictionary([talk]) // [{ key: 'tom hartvigsen', name: 'Tom Hartvigsen', talks: 1, ... }]
 */
export function buildNameDictionary(records: readonly TalkRecord[]): NameEntry[] {
  type Acc = {
    names: Map<string, number>;
    aff: Map<string, number>;
    /** Where the person's own profile says they are, and where their newest dated record says. */
    ownAff?: string;
    newestAff?: { date: string; affiliation: string };
    home: Map<string, number>;
    records: TalkRecord[];
    talks: number;
    roles: Set<Role>;
  };
  const people = new Map<string, Acc>();
  for (const record of records) {
    if (record.placeholder) continue;
    const seenHere = new Set<string>();
    for (const p of record.people) {
      if (!p.key) continue;
      let acc = people.get(p.key);
      if (!acc)
        people.set(p.key, (acc = { names: new Map(), aff: new Map(), home: new Map(), records: [], talks: 0, roles: new Set() }));
      bump(acc.names, p.name);
      if (p.affiliation) {
        bump(acc.aff, p.affiliation);
        if (p.role === 'subject') acc.ownAff ??= p.affiliation;
        if (record.date && (!acc.newestAff || record.date > acc.newestAff.date))
          acc.newestAff = { date: record.date, affiliation: p.affiliation };
      }
      if (p.homepage) bump(acc.home, p.homepage);
      acc.roles.add(p.role);
      if (seenHere.has(p.key)) continue;
      seenHere.add(p.key);
      acc.records.push(record);
      if (givesTalk(record, p.key)) acc.talks++;
    }
  }

  return [...people.keys()].sort().map((key) => {
    const acc = people.get(key)!;
    const names = [...acc.names].sort(
      ([a, na], [b, nb]) => nb - na || nonAscii(b) - nonAscii(a) || b.length - a.length || (a < b ? -1 : 1),
    );
    const entry: NameEntry = {
      key,
      name: names[0]![0],
      variants: names.slice(1).map(([n]) => n),
      records: acc.records
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id))
        .map((r) => r.id),
      talks: acc.talks,
      roles: [...acc.roles].sort(),
    };
    // People move: their profile's word, else the newest talk's, else the one given most.
    const affiliation = acc.ownAff ?? acc.newestAff?.affiliation ?? mostCommon(acc.aff);
    const homepage = mostCommon(acc.home);
    if (affiliation) entry.affiliation = affiliation;
    if (homepage) entry.homepage = homepage;
    return entry;
  });
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function mostCommon(map: Map<string, number>): string | undefined {
  return [...map].sort(([a, na], [b, nb]) => nb - na || (a < b ? -1 : 1))[0]?.[0];
}

function nonAscii(s: string): number {
  return (s.match(/[^\p{ASCII}]/gu) ?? []).length;
}
