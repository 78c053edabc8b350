import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { ViewMemory } from './lib/view-memory.ts';
import type { LoadedArchive } from './lib/loaded-archive.ts';
import { isDataFor, viewAnnouncement, viewData, type ViewData } from './lib/archive-view-data.ts';
import { isoToday } from './lib/format-date.ts';
import { titleFor } from './lib/page-title.ts';
import type { Route } from './lib/parse-route.ts';
import { formatRoute, searchFrom } from './lib/parse-route.ts';
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
  /** Where the reader was on each history entry, for Back and Forward to return to. */
  memory?: ViewMemory;
}

/** The offline archive: one view per address, every view a bookmarkable hash. */
export function ArchiveApp({ loaded, early, route, navigate, now, memory }: ArchiveAppProps) {
  const query = route.view === 'search' ? route.query : '';
  // The view's identity: a render for the same view (the whole archive coming in) is no new view.
  const hash = formatRoute(route);
  const box = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const main = useRef<HTMLElement>(null);
  const data = useMemo(
    () => (loaded ? viewData(loaded, route, isoToday(now())) : early && isDataFor(early, route) ? early : undefined),
    [loaded, early, route],
  );
  // A new view opens at the top; one returned to by Back or Forward, where the reader left
  // it, once its data is in (before, the page may be too short to scroll to).
  const placed = useRef<Route | undefined>(undefined);
  // The history entry of the view placed last.
  const placedEntry = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (placed.current === route) return;
    const place = memory?.recall();
    if (place && !data) return;
    placed.current = route;
    placedEntry.current = memory?.entry();
    window.scrollTo(0, place?.scrollY ?? 0);
  }, [route, data]);
  useEffect(() => {
    if (!memory) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      // Only into the entry of the view on screen. Not while a view returned to is still
      // being placed: the page, shorter for a moment, would overwrite where the reader had
      // been. Nor after a link is followed but before its view is shown (the address changes
      // a task before `hashchange`): the new entry would open where the old one was.
      frame = requestAnimationFrame(() => placedEntry.current === memory.entry() && memory.keep({ scrollY: window.scrollY }));
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [memory]);
  // A view opened by a link, Back or Forward takes focus on its heading, which a screen reader
  // then reads, as it would a new page's; once its data is in (before, it has no heading). Not
  // the first view (the browser places focus on a page it opens), nor a search typed in the
  // box: the reader stays there, to type on, and hears the count (`viewAnnouncement`).
  const focusedFor = useRef(hash);
  const focusDue = useRef(false);
  useEffect(() => {
    if (focusedFor.current !== hash) {
      focusedFor.current = hash;
      focusDue.current = true;
    }
    if (!focusDue.current || !data) return;
    focusDue.current = false;
    const heading = main.current?.querySelector('h1');
    // The box or its Search button, where a search was just asked for.
    const searching = (document.activeElement as HTMLInputElement | null)?.form === form.current;
    // Not scrolled to: the page stays where Back or Forward placed it (above).
    if (heading && !searching) focusAt(heading, { preventScroll: true });
  }, [hash, data]);
  // The box is not controlled, so that a render keeps what is being typed and focus stays in
  // it after Enter; it shows the words of the view's search when the view changes.
  // Not on the first render: its effect may run after typing has begun.
  const boxFor = useRef(hash);
  useEffect(() => {
    if (boxFor.current === hash || !box.current) return;
    boxFor.current = hash;
    if (box.current.value !== query) box.current.value = query;
  }, [hash]);
  useEffect(() => {
    document.title = titleFor(route, data);
  }, [route, data]);
  const skip = (e: Event) => {
    // Its href would be a route.
    e.preventDefault();
    const within = main.current;
    const target = within?.querySelector<HTMLElement>('#results') ?? within?.querySelector('h1') ?? within;
    if (target) focusAt(target, { preventScroll: false });
  };
  // For bench:ui: when a view's data is in the page (before its paint), early or whole.
  useLayoutEffect(() => {
    if (data) performance.mark('talkscope:view-shown');
  }, [data]);
  return (
    <>
      <a class="skip-link" href="#main" onClick={skip}>
        {route.view === 'search' ? 'Skip to results' : 'Skip to content'}
      </a>
      <header class="archive-header">
        <a class="brand" href="#/">
          Talkscope
        </a>
        <form
          ref={form}
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            const q = (new FormData(e.currentTarget).get('q') ?? '').toString();
            navigate(searchFrom(route, q.trim()));
          }}
        >
          <label for="archive-q">Search the archive</label>
          <input ref={box} id="archive-q" name="q" type="search" defaultValue={query} placeholder="Speaker, topic, title…" />
          <button type="submit">Search</button>
          <a href="#/search?q=">Browse all</a>
        </form>
      </header>
      <main class="archive-main" id="main" ref={main}>
        {data ? <View data={data} route={route} now={now} memory={memory} /> : <p role="status">Loading the archive…</p>}
      </main>
      {/* On the page from the first view, so that a change of its text is announced. */}
      <p role="status" class="visually-hidden">
        {viewAnnouncement(data)}
      </p>
    </>
  );
}

/** Focuses an element that takes focus from script only (a heading), not from Tab. */
function focusAt(target: HTMLElement, options: FocusOptions) {
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus(options);
}

function View({ data, route, now, memory }: { data: ViewData; route: Route; now: () => Date; memory?: ViewMemory }) {
  switch (data.view) {
    case 'home':
      return <HomeView info={data.info} home={data.home} />;
    case 'person':
      return <PersonView person={data.person} />;
    case 'record':
      return <RecordView record={data.record} related={data.related} now={now} />;
    case 'search':
      return route.view === 'search' ? (
        <BrowseView route={route} result={data.result} nameOf={data.nameOf} memory={memory} />
      ) : null;
  }
}
