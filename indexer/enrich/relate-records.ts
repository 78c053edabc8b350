/**
 * A few related records for every record, chosen at build time so the popup and
 * the archive page show them without searching.
 */
import type { Role, TalkRecord } from '../record.ts';

/** Roles that make two records about the same person; an editor or host of many talks relates nothing. */
const RELATING_ROLES: ReadonlySet<Role> = new Set(['speaker', 'subject', 'author']);

/** How many related records each record lists at most. */
const MAX_RELATED = 5;
/** A topic shared by more records than this says little about relatedness. */
const MAX_TOPIC_FANOUT = 150;

/**
 * Returns copies of `records` with `related` filled: records sharing a person
 * (as speaker, subject or author; weighted 3 each), a topic (1 each) or a series (0.25), best first, newest
 * first among equals, then by id; never the record itself, never a placeholder, and one talk
 * listed twice (same title, same day) only once.
 *
 * @example relateRecords([talkA, talkB]) // talkA.related = [talkB.id] when they share a speaker
 */
export function relateRecords(records: readonly TalkRecord[]): TalkRecord[] {
  const byPerson = groupBy(records, relatingKeys);
  const byTopic = groupBy(records, (r) => r.topics);

  return records.map((record, i) => {
    if (record.placeholder) return { ...record, related: [] };
    const score = new Map<number, number>();
    const add = (js: number[] | undefined, w: number) => {
      for (const j of js ?? []) if (j !== i) score.set(j, (score.get(j) ?? 0) + w);
    };
    for (const key of relatingKeys(record)) add(byPerson.get(key), 3);
    for (const topic of new Set(record.topics)) {
      const js = byTopic.get(topic);
      if (js && js.length <= MAX_TOPIC_FANOUT) add(js, 1);
    }
    const ranked = [...score]
      .filter(([j]) => !records[j]!.placeholder)
      .map(([j, s]) => [j, s + (records[j]!.series === record.series ? 0.25 : 0)] as const)
      .sort(
        ([a, sa], [b, sb]) =>
          sb - sa ||
          (records[b]!.date ?? '').localeCompare(records[a]!.date ?? '') ||
          records[a]!.id.localeCompare(records[b]!.id),
      );
    // An archive that lists one talk twice (the same title on the same day) shows it once,
    // and never as related to itself.
    const seen = new Set([sameTalk(record)]);
    const related: string[] = [];
    for (const [j] of ranked) {
      if (related.length === MAX_RELATED) break;
      const talk = sameTalk(records[j]!);
      if (seen.has(talk)) continue;
      seen.add(talk);
      related.push(records[j]!.id);
    }
    return { ...record, related };
  });
}

/** What makes two records one talk listed twice: the title, in any case and spacing, and the day. */
function sameTalk(r: TalkRecord): string {
  return `${r.title.toLowerCase().replace(/\s+/g, ' ').trim()}\n${r.date ?? r.id}`;
}

function relatingKeys(r: TalkRecord): string[] {
  return r.people.filter((p) => p.key && RELATING_ROLES.has(p.role)).map((p) => p.key);
}

function groupBy(records: readonly TalkRecord[], keys: (r: TalkRecord) => string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const k of new Set(keys(r))) {
      const list = map.get(k);
      if (list) list.push(i);
      else map.set(k, [i]);
    }
  });
  return map;
}
