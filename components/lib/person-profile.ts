/**
 * What a person page shows: who they are and every record naming them, by kind.
 * Pure: built from the loaded archive.
 */
import type { NameEntry } from '../../indexer/bundle-format.ts';
import { givesTalk, type TalkRecord } from '../../indexer/record.ts';
import { safeHttpUrl } from './safe-url.ts';
import { byDateDesc } from './compare-records.ts';

export interface PersonProfile {
  key: string;
  name: string;
  variants: string[];
  affiliation?: string;
  homepage?: string;
  /** Talks they give, newest first: as many as the archive's count of their talks. */
  talks: TalkRecord[];
  /** Talks naming them otherwise (as host, or as who posted the page), newest first. */
  otherTalks: TalkRecord[];
  /** News posts naming them (as a person of the post, or in its text), newest first. */
  news: TalkRecord[];
  /** Profiles about them or by them. */
  profiles: TalkRecord[];
}

/** `undefined` when no record names the person. */
export function buildPersonProfile(
  key: string,
  records: readonly TalkRecord[],
  entry: NameEntry | undefined,
): PersonProfile | undefined {
  const mine = records.filter((r) => r.people.some((p) => p.key === key));
  if (!mine.length && !entry) return undefined;
  const people = mine.flatMap((r) => r.people.filter((p) => p.key === key));
  const name = entry?.name ?? people[0]?.name ?? key;
  const affiliation = entry?.affiliation ?? people.find((p) => p.affiliation)?.affiliation;
  const homepage = safeHttpUrl(entry?.homepage ?? people.find((p) => safeHttpUrl(p.homepage))?.homepage);
  return {
    key,
    name,
    variants: entry?.variants.filter((v) => v !== name) ?? [],
    ...(affiliation ? { affiliation } : {}),
    ...(homepage ? { homepage } : {}),
    talks: mine.filter((r) => givesTalk(r, key)).sort(byDateDesc),
    otherTalks: mine.filter((r) => r.kind === 'talk' && !givesTalk(r, key)).sort(byDateDesc),
    news: [...mine.filter((r) => r.kind === 'news'), ...newsMentioning([name, ...(entry?.variants ?? [])], records, mine)].sort(
      byDateDesc,
    ),
    profiles: mine.filter((r) => r.kind === 'profile').sort(byDateDesc),
  };
}

/** News whose title or text names the person, beyond those that list them. */
function newsMentioning(names: string[], records: readonly TalkRecord[], already: readonly TalkRecord[]): TalkRecord[] {
  const spelled = names.filter((n) => n.includes(' ')).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!spelled.length) return [];
  const pattern = new RegExp(`(^|[^\\p{L}])(${spelled.join('|')})($|[^\\p{L}])`, 'u');
  const seen = new Set(already.map((r) => r.id));
  return records.filter(
    (r) =>
      r.kind === 'news' && !seen.has(r.id) && pattern.test([r.title, r.summary ?? '', r.body ?? '', r.abstract ?? ''].join('\n')),
  );
}
