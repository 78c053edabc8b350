/**
 * The archive home: what is coming up, what is new, how big the archive is. Pure: `today`
 * (ISO date) is passed in.
 *
 * The home needs a few dozen records of thousands, so the build ships them apart
 * (`HOME_FILE`, from `homeRecords`): the archive page shows its home from them while the
 * whole archive loads (half a second with all of ../shared/corpus on a 2-core machine).
 */
import type { TalkRecord } from '../../indexer/record.ts';
import { byDateAsc, byDateDesc } from './compare-records.ts';
import { asListed } from './listed-record.ts';

export interface HomeSummary {
  /** Talks on or after today, soonest first. */
  upcoming: TalkRecord[];
  /** The newest talks, when nothing is upcoming. */
  recentTalks: TalkRecord[];
  latestNews: TalkRecord[];
}

/** Records the home lists, at most, in each of its lists. */
export const HOME_LIMIT = 8;

export function summarizeHome(records: readonly TalkRecord[], today: string, limit = HOME_LIMIT): HomeSummary {
  const talks = records.filter(isDatedTalk);
  const upcoming = talks
    .filter((r) => r.date! >= today)
    .sort(byDateAsc)
    .slice(0, limit);
  const recentTalks = talks
    .filter((r) => r.date! < today)
    .sort(byDateDesc)
    .slice(0, limit);
  const latestNews = records
    .filter((r) => r.kind === 'news')
    .sort(byDateDesc)
    .slice(0, limit);
  return { upcoming, recentTalks, latestNews };
}

const isDatedTalk = (r: TalkRecord) => r.kind === 'talk' && !!r.date && !r.placeholder;

/** Shipped under /data/ beside the records: `HomeRecords`. */
export const HOME_FILE = 'home.json';

/** The records any home from `day` on can list, as far as the build could tell. */
export interface HomeRecords {
  /** The first day they hold the home for (ISO). */
  day: string;
  /** Whether every talk from `day` on is among them (else only the soonest `ahead`). */
  allUpcoming: boolean;
  /** In the archive's order (by id), without their long texts. */
  records: TalkRecord[];
}

/**
 * At build time: the talks from `day` on (the soonest `ahead` of them), the newest talks
 * before it and the newest news. Whatever day after it the home is shown, its lists are
 * among these while enough of those talks are still to come (see `summarizeEarlyHome`).
 */
export function homeRecords(records: readonly TalkRecord[], day: string, limit = HOME_LIMIT, ahead = 64): HomeRecords {
  const talks = records.filter(isDatedTalk);
  const coming = talks.filter((r) => r.date! >= day).sort(byDateAsc);
  const { recentTalks, latestNews } = summarizeHome(records, day, limit);
  const keep = new Set([...coming.slice(0, ahead), ...recentTalks, ...latestNews]);
  return { day, allUpcoming: coming.length <= ahead, records: records.filter((r) => keep.has(r)).map(asListed) };
}

/**
 * The home for `today` from the build's `HomeRecords`, the same as `summarizeHome` on the
 * whole archive would give, or undefined when they cannot tell: a day before theirs, or so
 * many of their talks past that the soonest to come may be missing.
 */
export function summarizeEarlyHome(home: HomeRecords, today: string, limit = HOME_LIMIT): HomeSummary | undefined {
  if (today < home.day) return undefined;
  const summary = summarizeHome(home.records, today, limit);
  return home.allUpcoming || summary.upcoming.length === limit ? summary : undefined;
}
