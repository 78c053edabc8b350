/**
 * What each view of the archive page shows, for one route: worked out from the whole archive
 * once the page has read it, or answered before that (the home from the build's home records,
 * the other views by the background, which holds the archive already). Pure.
 */
import type { BuildInfo } from '../../indexer/bundle-format.ts';
import type { TalkRecord } from '../../indexer/record.ts';
import { browseRecords, type BrowseResult } from './browse-records.ts';
import { summarizeHome, type HomeSummary } from './home-summary.ts';
import type { LoadedArchive } from './loaded-archive.ts';
import { formatRoute, type Route } from './parse-route.ts';
import { buildPersonProfile, type PersonProfile } from './person-profile.ts';
import { personKey } from '../../indexer/people/person-key.ts';
import { resultCount } from './result-count.ts';

export type ViewData =
  | { view: 'home'; info: BuildInfo; home: HomeSummary }
  | { view: 'person'; key: string; person: PersonProfile | undefined }
  | { view: 'record'; id: string; record: TalkRecord | undefined; related: TalkRecord[] }
  | {
      view: 'search';
      /** The route's address, filters and sort included. */
      hash: string;
      result: BrowseResult;
      /** A person facet's label. */
      nameOf: (key: string) => string | undefined;
    };

/** The view's data for `route`, from the whole archive; `today` is an ISO date. */
export function viewData(loaded: LoadedArchive, route: Route, today: string): ViewData {
  switch (route.view) {
    case 'home':
      return { view: 'home', info: loaded.info, home: summarizeHome(loaded.records, today) };
    case 'person': {
      const key = lookupPersonKey(route.key);
      return { view: 'person', key: route.key, person: buildPersonProfile(key, loaded.records, loaded.namesByKey.get(key)) };
    }
    case 'record': {
      const record = loaded.recordsById.get(route.id);
      const related = (record?.related ?? []).map((id) => loaded.recordsById.get(id)).filter((r): r is TalkRecord => !!r);
      return { view: 'record', id: route.id, record, related };
    }
    case 'search':
      return {
        view: 'search',
        hash: formatRoute(route),
        result: browseRecords(loaded, route.query, route.filters, route.sort),
        nameOf: (key) => loaded.namesByKey.get(key)?.name,
      };
  }
}

/**
 * The key to look a person up by, for the key in an address: a link written by hand or from
 * a name ("Tom%20Hartvigsen", "Hartvigsen, Tom") finds the person its key would. A key that
 * folds to nothing is kept, to be not found as written.
 * @example lookupPersonKey('Tom Hartvigsen') → 'tom hartvigsen'
 */
export function lookupPersonKey(key: string): string {
  return personKey(key) || key;
}

/** Whether `data`, answered for some route, is the data of `route`. */
export function isDataFor(data: ViewData, route: Route): boolean {
  switch (data.view) {
    case 'home':
      return route.view === 'home';
    case 'person':
      return route.view === 'person' && route.key === data.key;
    case 'record':
      return route.view === 'record' && route.id === data.id;
    case 'search':
      return route.view === 'search' && formatRoute(route) === data.hash;
  }
}

/**
 * What a screen reader is told once a view is in, besides its heading (which takes focus): a
 * search's count, as its page shows it, so that a search typed in the box, where focus stays,
 * is answered too. '' for the other views, and while a view waits for its data.
 * @example viewAnnouncement(searchData) → '3 records — did you mean causal?'
 */
export function viewAnnouncement(data: ViewData | undefined): string {
  if (data?.view !== 'search') return '';
  const { total, loosened, didYouMean } = data.result;
  return resultCount(total, 'record', loosened) + (didYouMean ? ` — did you mean ${didYouMean}?` : '');
}
