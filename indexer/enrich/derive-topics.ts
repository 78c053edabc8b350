/**
 * Topics for records whose source gives none: the few words of a record's title
 * and abstract that are most particular to it across the whole archive.
 */
import type { TalkRecord } from '../record.ts';
import { STOPWORDS } from './stopwords.ts';

/** How many topics a record gets at most. */
const MAX_TOPICS = 5;

/**
 * Returns copies of `records` where every record without topics gets up to five
 * derived ones: title and abstract words, scored by tf·idf over the archive,
 * kept only when at least one other record shares them (a topic that links to
 * nothing is no use for browsing) and when they are not in most records.
 *
 * Contract: deterministic (ties broken alphabetically); given topics are kept
 * as they are; words are lower case, accents kept, at least 4 letters.
 *
 * @example deriveTopics(records)[0].topics // ['causal', 'inference', 'graphs']
 */
export function deriveTopics(records: readonly TalkRecord[]): TalkRecord[] {
  const termsOf = records.map((r) => topicTerms(r));
  const df = new Map<string, number>();
  for (const terms of termsOf) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = records.length;
  const tooCommon = Math.max(3, n * 0.05);

  return records.map((record, i) => {
    if (record.topics.length > 0 || record.placeholder) return record;
    const tf = new Map<string, number>();
    for (const t of termsOf[i]!) tf.set(t, (tf.get(t) ?? 0) + 1);
    const scored: [string, number][] = [];
    for (const [term, count] of tf) {
      const d = df.get(term)!;
      if (d < 2 || d > tooCommon) continue;
      scored.push([term, count * Math.log(n / d)]);
    }
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const topics = scored.slice(0, MAX_TOPICS).map(([t]) => t);
    return topics.length ? { ...record, topics } : record;
  });
}

/** The candidate topic words of a record: title words count twice. */
function topicTerms(record: TalkRecord): string[] {
  const title = words(record.title);
  const names = new Set(record.people.flatMap((p) => p.key.split(' ')));
  return [...title, ...title, ...words(record.abstract ?? record.summary ?? '')].filter((w) => !names.has(w));
}

function words(text: string): string[] {
  // LaTeX commands (\mathfrak, \mathbb) are markup, not topics.
  return (
    text
      .replace(/\\[a-zA-Z]+/g, ' ')
      .toLowerCase()
      .match(/\p{L}[\p{L}\p{N}-]*\p{L}/gu) ?? []
  ).filter((w) => w.length >= 4 && !STOPWORDS.has(w));
}
