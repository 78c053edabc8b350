/**
 * One person across records: the same name in a talk, a profile and a news post
 * becomes one key, whatever spelling each record used.
 */
import { personKey } from '../people/person-key.ts';
import type { Person, TalkRecord } from '../record.ts';

/**
 * Unifies `Person.key` across `records` (in place on copies) so that
 * "T. Hartvigsen" joins "Tom Hartvigsen" when he is the only Hartvigsen whose
 * given name starts with T, "Neil Lawrence" joins "Neil D. Lawrence" when
 * no other middle initial is written between Neil and Lawrence, and "Chris Musco" joins
 * "Christopher Musco" when both are written in one series. Names are kept as each record
 * wrote them.
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
  joinNicknames(records, keys, canonical);

  // A key merged away above is no longer a name an initial could mean.
  const byLast = byLastWord([...keys].filter((key) => !isInitial(key.split(' ')[0]!) && !canonical.has(key)));

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
    return { ...r, people: dedupePeople(r.people.map((p) => ({ ...p, key: resolve(canonical, p.key) }))) };
  });
}

/** Keys of two words or more, by their last word (the surname). */
function byLastWord(keys: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of keys) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    const list = out.get(last);
    if (list) list.push(key);
    else out.set(last, [key]);
  }
  return out;
}

/** Where `key` ends up, following joins made one on another ("chris musco" → "christopher musco" → "christopher p musco"). */
function resolve(canonical: ReadonlyMap<string, string>, key: string): string {
  let k = key;
  for (let n = 0; n < 4 && canonical.has(k); n++) k = canonical.get(k)!;
  return k;
}

/**
 * Joins a name written with a common short form of its given name ("Chris Musco", "Alf
 * Dolich") to the same name written in full ("Christopher Musco"), into `canonical`: only
 * when exactly one such full name is in the archive and both are written in one series.
 * A table, not a rule on prefixes, which would make "Yi Xu" of "Yingchen Xu".
 */
function joinNicknames(records: readonly TalkRecord[], keys: ReadonlySet<string>, canonical: Map<string, string>): void {
  const seriesOf = new Map<string, Set<string>>();
  for (const r of records) for (const p of r.people) seriesOf.set(p.key, (seriesOf.get(p.key) ?? new Set()).add(r.series));
  const bySurname = byLastWord(keys);
  for (const key of keys) {
    const words = key.split(' ');
    const formal = words.length === 2 ? NICKNAMES[words[0]!] : undefined;
    if (!formal || canonical.has(key)) continue;
    const series = seriesOf.get(key) ?? new Set<string>();
    const fits = new Set(
      (bySurname.get(words[1]!) ?? [])
        .filter((full) => formal.includes(full.split(' ')[0]!) && full.split(' ').slice(1, -1).every(isInitial))
        .map((full) => resolve(canonical, full)),
    );
    const [only] = fits;
    if (fits.size === 1 && [...(seriesOf.get(only!) ?? [])].some((s) => series.has(s))) canonical.set(key, only!);
  }
}

/** Common short forms of given names, and the names they stand for. */
const NICKNAMES: Record<string, readonly string[]> = {
  al: ['albert', 'alan', 'alfred'],
  alf: ['alfred'],
  alex: ['alexander', 'alexandra', 'alexei', 'alexey'],
  andy: ['andrew'],
  ben: ['benjamin'],
  bill: ['william'],
  will: ['william'],
  bob: ['robert'],
  rob: ['robert'],
  charlie: ['charles'],
  chris: ['christopher', 'christian', 'christine', 'christina'],
  dan: ['daniel'],
  dave: ['david'],
  dima: ['dmitry', 'dmitri', 'dmitrii'],
  doug: ['douglas'],
  ed: ['edward', 'edwin'],
  fred: ['frederick', 'frederic'],
  geoff: ['geoffrey'],
  greg: ['gregory'],
  jeff: ['jeffrey'],
  jen: ['jennifer'],
  jim: ['james'],
  joe: ['joseph'],
  jon: ['jonathan'],
  josh: ['joshua'],
  kate: ['katherine', 'kathryn', 'catherine'],
  ken: ['kenneth'],
  larry: ['lawrence'],
  liz: ['elizabeth'],
  matt: ['matthew'],
  max: ['maximilian'],
  mike: ['michael'],
  misha: ['mikhail'],
  nate: ['nathan', 'nathaniel'],
  nick: ['nicholas', 'nicolas'],
  pat: ['patrick', 'patricia'],
  pete: ['peter'],
  phil: ['philip', 'phillip'],
  rich: ['richard'],
  rick: ['richard'],
  sam: ['samuel', 'samantha'],
  steve: ['steven', 'stephen'],
  sue: ['susan'],
  ted: ['theodore', 'edward'],
  tim: ['timothy'],
  tom: ['thomas'],
  tony: ['anthony'],
  vince: ['vincent'],
  zach: ['zachary'],
};

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
