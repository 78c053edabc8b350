/**
 * The archive home: what is coming up, what is new, how big the archive is.
 * Pure: `today` (ISO date) is passed in.
 */
import type { TalkRecord } from '../../indexer/record.ts';
import type { LoadedArchive } from './loaded-archive.ts';
import { byDateAsc, byDateDesc } from './compare-records.ts';

export interface HomeSummary {
  /** Talks on or after today, soonest first. */
  upcoming: TalkRecord[];
  /** The newest talks, when nothing is upcoming. */
  recentTalks: TalkRecord[];
  latestNews: TalkRecord[];
}

export function summarizeHome(loaded: LoadedArchive, today: string, limit = 8): HomeSummary {
  const talks = loaded.records.filter((r) => r.kind === 'talk' && r.date && !r.placeholder);
  const upcoming = talks
    .filter((r) => r.date! >= today)
    .sort(byDateAsc)
    .slice(0, limit);
  const recentTalks = talks
    .filter((r) => r.date! < today)
    .sort(byDateDesc)
    .slice(0, limit);
  const latestNews = loaded.records
    .filter((r) => r.kind === 'news')
    .sort(byDateDesc)
    .slice(0, limit);
  return { upcoming, recentTalks, latestNews };
}
