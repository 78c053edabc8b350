import { useEffect } from 'preact/hooks';
import type { BuildInfo } from '../indexer/bundle-format.ts';
import type { LoadedArchive } from './lib/loaded-archive.ts';
import { summarizeHome, type HomeSummary } from './lib/home-summary.ts';
import { isoToday } from './lib/format-date.ts';
import type { Route } from './lib/parse-route.ts';
import { searchHash } from './lib/parse-route.ts';
import { HomeView } from './home-view.tsx';
import { BrowseView } from './browse-view.tsx';
import { RecordView } from './record-view.tsx';
import { PersonView } from './person-view.tsx';

export interface ArchiveAppProps {
  /** The whole archive; until it is in, the home shows from `early` and other views wait. */
  loaded: LoadedArchive | undefined;
  early?: { info: BuildInfo; home: HomeSummary } | undefined;
  route: Route;
  /** Goes to a hash (a new history entry). */
  navigate: (hash: string) => void;
  now: () => Date;
}

/** The offline archive: one view per address, every view a bookmarkable hash. */
export function ArchiveApp({ loaded, early, route, navigate, now }: ArchiveAppProps) {
  const query = route.view === 'search' ? route.query : '';
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route]);
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
        {route.view === 'home' &&
          (loaded ? (
            <HomeView info={loaded.info} home={summarizeHome(loaded.records, isoToday(now()))} />
          ) : (
            early && <HomeView info={early.info} home={early.home} />
          ))}
        {loaded ? (
          <>
            {route.view === 'search' && <BrowseView loaded={loaded} route={route} />}
            {route.view === 'record' && <RecordView loaded={loaded} id={route.id} now={now} />}
            {route.view === 'person' && <PersonView loaded={loaded} personKey={route.key} />}
          </>
        ) : (
          (route.view !== 'home' || !early) && <p role="status">Loading the archive…</p>
        )}
      </main>
    </>
  );
}
