/**
 * MRR@k and hit@k of an engine over a known-item query set, per query type.
 */
import type { Engine } from './baseline-engines.ts';
import type { KnownItemQuery, QueryType } from './known-item-queries.ts';

export interface TypeScore {
  queries: number;
  mrr: number;
  hit: number;
}

/** The rank (1-based) of the first correct id in `ranked`, or 0 when none is there. */
export function firstCorrectRank(ranked: readonly string[], correct: ReadonlySet<string>): number {
  const i = ranked.findIndex((id) => correct.has(id));
  return i < 0 ? 0 : i + 1;
}

export interface ScoredRun {
  byType: Map<QueryType | 'overall', TypeScore>;
  misses: { query: KnownItemQuery; rank: number; top: string[] }[];
}

export function scoreKnownItems(engine: Engine, queries: readonly KnownItemQuery[], k = 10): ScoredRun {
  const sums = new Map<QueryType | 'overall', { n: number; rr: number; hits: number }>();
  const misses: ScoredRun['misses'] = [];
  for (const q of queries) {
    const top = engine(q.query, k);
    const rank = firstCorrectRank(top, q.correct);
    for (const key of [q.type, 'overall'] as const) {
      const s = sums.get(key) ?? { n: 0, rr: 0, hits: 0 };
      s.n++;
      if (rank > 0) {
        s.rr += 1 / rank;
        s.hits++;
      }
      sums.set(key, s);
    }
    if (rank !== 1) misses.push({ query: q, rank, top });
  }
  const byType = new Map<QueryType | 'overall', TypeScore>();
  for (const [key, s] of sums) byType.set(key, { queries: s.n, mrr: s.rr / s.n, hit: s.hits / s.n });
  return { byType, misses };
}
