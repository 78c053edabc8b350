/**
 * A speaker written with where they work run on to the name ("Soumya Bhattacharya CIRM
 * Trento") is the person the archive already knows ("Soumya Bhattacharya"), so the talk joins
 * their page and the name is theirs on pages, with the rest as the affiliation.
 */
import { CAPITALS_WORD } from '../parse/name-shapes.ts';
import { ORG_WORD } from '../parse/org-words.ts';
import { personKey } from '../people/person-key.ts';
import type { Person, TalkRecord } from '../record.ts';

/**
 * Splits each speaker's, author's or host's name whose first words are another person's name
 * in the archive (two words or more) and whose other words start an organisation: an acronym
 * followed by more ("CIRM Trento"), or a University, Institute… A surname in capitals
 * ("Xiao Ming WANG") is one word and stays. Profiles' subjects are left as their page names
 * them.
 *
 * Contract: returns new records in the same order; only the `name`, `key` and `affiliation`
 * of the people split change; the words taken from the name come before the affiliation the
 * record gave.
 *
 * @example splitKnownNames([talkBy('Soumya Bhattacharya'), talkBy('Soumya Bhattacharya CIRM Trento')])
 *   // the second talk's speaker: { name: 'Soumya Bhattacharya', affiliation: 'CIRM Trento' }
 */
export function splitKnownNames(records: readonly TalkRecord[]): TalkRecord[] {
  const keys = new Set<string>();
  for (const r of records) for (const p of r.people) keys.add(p.key);
  const split = (p: Person): Person => {
    if (p.role === 'subject') return p;
    const words = p.name.split(/\s+/);
    for (let n = words.length - 1; n >= 2; n--) {
      const rest = words.slice(n);
      const startsOrg = (CAPITALS_WORD.test(rest[0]!) && rest.length > 1) || ORG_WORD.exec(rest.join(' '))?.index === 0;
      if (!startsOrg) continue;
      const name = words.slice(0, n).join(' ');
      const key = personKey(name);
      if (!keys.has(key)) continue;
      const affiliation = [rest.join(' '), p.affiliation].filter(Boolean).join(', ');
      return { ...p, name, key, affiliation };
    }
    return p;
  };
  return records.map((r) => {
    const people = r.people.map(split);
    return people.some((p, i) => p !== r.people[i]) ? { ...r, people } : r;
  });
}
