/**
 * A homepage says who someone is, so it is checked against the whole archive: a page given
 * for people of different names is a seminar's or a lab's page, not a homepage; a page given
 * for two spellings of one name ("Dave Marker", "David Marker") is one person's.
 */
import { normaliseHomepage } from '../names/match-homepage.ts';
import { foldName } from '../people/person-key.ts';
import type { Person, TalkRecord } from '../record.ts';
import { dedupePeople } from './merge-people.ts';

/**
 * Settles every person's homepage over `records`:
 * - a page given for people of two or more surnames stays only with those whose surname (or
 *   another word of their name after the first) is in its address
 *   ("sites.google.com/view/adriensegovia", "current-fellows.html#anna-golubeva"); for the
 *   others it is dropped (iisc-math gives its seminar's page as each speaker's `website`);
 * - people left sharing a page, with the same surname and the same first initial, become one
 *   person: the key with a full given name is kept, then the one with the most records, then
 *   the longest.
 *
 * Contract: returns new records in the same order; only people's `homepage` and `key` change,
 * and a page dropped from a person of a talk or a news post is added to its `links` ("Web
 * page") unless it is there. Names are kept as each record wrote them; a record naming one
 * person twice keeps them once per role.
 *
 * @example settleHomepages([talkBy('Dave Marker', url), talkBy('David Marker', url)])
 *   // both speakers get one key: 'david marker' or 'dave marker', whichever has more records
 */
export function settleHomepages(records: readonly TalkRecord[]): TalkRecord[] {
  const byPage = new Map<string, Map<string, number>>();
  for (const r of records)
    for (const p of r.people) {
      const page = p.homepage && normaliseHomepage(p.homepage);
      if (!page) continue;
      const keys = byPage.get(page) ?? byPage.set(page, new Map()).get(page)!;
      keys.set(p.key, (keys.get(p.key) ?? 0) + 1);
    }
  const recordCount = countRecords(records);
  const dropped = new Map<string, Set<string>>();
  const canonical = new Map<string, string>();
  for (const [page, keys] of byPage) {
    if (keys.size < 2) continue;
    let owners = [...keys.keys()];
    if (new Set(owners.map(surname)).size > 1) {
      const kept = owners.filter((k) => namedIn(page, k));
      dropped.set(page, new Set(owners.filter((k) => !kept.includes(k))));
      owners = kept;
    }
    if (owners.length < 2 || new Set(owners.map(surname)).size > 1) continue;
    // A full given name before an initial ("greet" before "g"), then the spelling most used.
    const initial = (k: string) => (k.indexOf(' ') === 1 ? 1 : 0);
    const [main, ...others] = owners.sort(
      (a, b) =>
        initial(a) - initial(b) ||
        (recordCount.get(b) ?? 0) - (recordCount.get(a) ?? 0) ||
        b.length - a.length ||
        (a < b ? -1 : 1),
    );
    for (const k of others) if (k[0] === main![0]) canonical.set(k, main!);
  }
  if (!dropped.size && !canonical.size) return [...records];
  const settle = (p: Person): Person => {
    const page = p.homepage && normaliseHomepage(p.homepage);
    // "iaifi.org/current-fellows.html#anna-golubeva": their own entry of a shared page.
    const drop = page !== undefined && !!dropped.get(page)?.has(p.key) && !namedIn(p.homepage!, p.key);
    const key = canonical.get(p.key) ?? p.key;
    if (!drop && key === p.key) return p;
    const out: Person = { ...p, key };
    if (drop) delete out.homepage;
    return out;
  };
  return records.map((r) => {
    const people = r.people.map(settle);
    if (people.every((p, i) => p === r.people[i])) return r;
    // The page was the talk's (its seminar's): it stays with the talk as a link. A profile's
    // is someone else's page.
    const links = [...r.links];
    for (const [i, p] of r.kind === 'profile' ? [] : r.people.entries()) {
      const page = p.homepage && !people[i]!.homepage ? normaliseHomepage(p.homepage) : undefined;
      if (page && !links.some((l) => normaliseHomepage(l.url) === page)) links.push({ label: 'Web page', url: p.homepage! });
    }
    return { ...r, people: dedupePeople(people), links };
  });
}

function countRecords(records: readonly TalkRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) for (const key of new Set(r.people.map((p) => p.key))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Whether an address spells a word of the person's name after the first ("cuesta" of Carolina Cuesta-Lazaro). */
function namedIn(address: string, key: string): boolean {
  const at = letters(address);
  return key
    .split(' ')
    .slice(1)
    .some((w) => w.length >= 3 && at.includes(letters(w)));
}

/** A person key's last word: "david marker" → "marker". */
function surname(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

function letters(s: string): string {
  return foldName(s)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
