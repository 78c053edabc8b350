import { useEffect } from 'preact/hooks';
import type { LoadedArchive } from './lib/loaded-archive.ts';
import type { Route } from './lib/parse-route.ts';
import { searchHash } from './lib/parse-route.ts';
import { HomeView } from './home-view.tsx';
import { BrowseView } from './browse-view.tsx';
import { RecordView } from './record-view.tsx';
import { PersonView } from './person-view.tsx';

export interface ArchiveAppProps {
  loaded: LoadedArchive;
  route: Route;
  /** Goes to a hash (a new history entry). */
  navigate: (hash: string) => void;
  now: () => Date;
}

/** The offline archive: one view per address, every view a bookmarkable hash. */
export function ArchiveApp({ loaded, route, navigate, now }: ArchiveAppProps) {
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
          <input id="archive-q" name="q" type="search" value={query} key={query} placeholder="Speaker, topic, title…" />
          <button type="submit">Search</button>
          <a href="#/search?q=">Browse all</a>
        </form>
      </header>
      <main class="archive-main" id="main">
        {route.view === 'home' && <HomeView loaded={loaded} now={now} />}
        {route.view === 'search' && <BrowseView loaded={loaded} route={route} />}
        {route.view === 'record' && <RecordView loaded={loaded} id={route.id} now={now} />}
        {route.view === 'person' && <PersonView loaded={loaded} personKey={route.key} />}
      </main>
    </>
  );
}
