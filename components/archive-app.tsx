import { useEffect, useLayoutEffect, useMemo } from 'preact/hooks';
import type { LoadedArchive } from './lib/loaded-archive.ts';
import { isDataFor, viewData, type ViewData } from './lib/archive-view-data.ts';
import { isoToday } from './lib/format-date.ts';
import { titleFor } from './lib/page-title.ts';
import type { Route } from './lib/parse-route.ts';
import { searchHash } from './lib/parse-route.ts';
import { HomeView } from './home-view.tsx';
import { BrowseView } from './browse-view.tsx';
import { RecordView } from './record-view.tsx';
import { PersonView } from './person-view.tsx';

export interface ArchiveAppProps {
  /** The whole archive; until it is in, a view shows from `early` when that is its data. */
  loaded: LoadedArchive | undefined;
  early?: ViewData | undefined;
  route: Route;
  /** Goes to a hash (a new history entry). */
  navigate: (hash: string) => void;
  now: () => Date;
}

/** The offline archive: one view per address, every view a bookmarkable hash. */
export function ArchiveApp({ loaded, early, route, navigate, now }: ArchiveAppProps) {
  const query = route.view === 'search' ? route.query : '';
  const data = useMemo(
    () => (loaded ? viewData(loaded, route, isoToday(now())) : early && isDataFor(early, route) ? early : undefined),
    [loaded, early, route],
  );
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route]);
  useEffect(() => {
    document.title = titleFor(route, data);
  }, [route, data]);
  // For bench:ui: when a view's data is in the page (before its paint), early or whole.
  useLayoutEffect(() => {
    if (data) performance.mark('talkscope:view-shown');
  }, [data]);
  return (
    <>
      <header class="archive-header">
        <a class="brand" href="#/">
          Talkscope
        </a>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            const q = (new FormData(e.currentTarget).get('q') ?? '').toString();
            navigate(searchHash(q.trim(), route.view === 'search' ? route.filters : {}));
          }}
        >
          <label for="archive-q">Search the archive</label>
          {/* Uncontrolled: a render when the whole archive comes in keeps what is being typed. */}
          <input id="archive-q" name="q" type="search" defaultValue={query} key={query} placeholder="Speaker, topic, title…" />
          <button type="submit">Search</button>
          <a href="#/search?q=">Browse all</a>
        </form>
      </header>
      <main class="archive-main" id="main">
        {data ? <View data={data} route={route} now={now} /> : <p role="status">Loading the archive…</p>}
      </main>
    </>
  );
}

function View({ data, route, now }: { data: ViewData; route: Route; now: () => Date }) {
  switch (data.view) {
    case 'home':
      return <HomeView info={data.info} home={data.home} />;
    case 'person':
      return <PersonView person={data.person} />;
    case 'record':
      return <RecordView record={data.record} related={data.related} now={now} />;
    case 'search':
      return route.view === 'search' ? <BrowseView route={route} result={data.result} nameOf={data.nameOf} /> : null;
  }
}
