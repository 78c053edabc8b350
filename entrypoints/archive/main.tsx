import { render } from 'preact';
import { ArchiveApp } from '../../components/archive-app.tsx';
import { formatRoute, parseRoute, type Route } from '../../components/lib/parse-route.ts';
import { fetchBundleFile, getLoadedArchive } from '../shared/fetch-bundle.ts';
import { fetchBuildInfo } from '../shared/fetch-build-info.ts';
import { nextTask } from '../shared/next-task.ts';
import { HOME_FILE, summarizeEarlyHome, type HomeRecords } from '../../components/lib/home-summary.ts';
import { isoToday } from '../../components/lib/format-date.ts';
import { createMessageService, type ArchiveService } from '../../components/lib/archive-service.ts';
import { lookupPersonKey, type ViewData } from '../../components/lib/archive-view-data.ts';
import type { LoadedArchive } from '../../components/lib/loaded-archive.ts';
import { PAGE } from '../../components/browse-view.tsx';
import { connectArchive } from '../shared/archive-port.ts';
import { createViewMemory } from '../../components/lib/view-memory.ts';
import '../../components/theme.css';

const app = document.getElementById('app')!;
const memory = createViewMemory(history);
const now = () => new Date();
let route = parseRoute(location.hash);
// Read by `show`, which may run before the whole archive is in.
let loaded: LoadedArchive | undefined = undefined;
let early: ViewData | undefined;
let rendered = false;

function show() {
  // The page's own "Loading the archive…" stands until the home has something to show, and
  // goes with the first render.
  if (!rendered && !loaded && !early && route.view === 'home') return;
  if (!rendered) app.replaceChildren();
  rendered = true;
  render(
    <ArchiveApp
      loaded={loaded}
      early={early}
      route={route}
      navigate={(hash) => (location.hash = hash)}
      now={now}
      memory={memory}
    />,
    app,
  );
}

// The archive page reads the whole archive itself: browsing needs every record. Until it is
// in, a view is shown from what answers it sooner: the home from the build's home.json, the
// other views by the background, which holds the archive already (the context menu and the
// popup open this page on a person, a record or a search).
// Connected on the first question: the home needs no background (and would wake one stopped).
let connected: ArchiveService | undefined;
const service = () => (connected ??= createMessageService(connectArchive()));
/** How long the page waits for an early answer before reading the archive itself. */
const EARLY_WAIT_MS = 150;

async function askEarly(r: Route): Promise<ViewData | undefined> {
  switch (r.view) {
    case 'home': {
      const [text, info] = await Promise.all([fetchBundleFile(HOME_FILE), fetchBuildInfo()]);
      const home = summarizeEarlyHome(JSON.parse(text) as HomeRecords, isoToday(now()));
      return home && { view: 'home', info, home };
    }
    case 'person':
      return { view: 'person', key: r.key, person: await service().getPerson(lookupPersonKey(r.key)) };
    case 'record': {
      const [record] = await service().getRecords([r.id]);
      return {
        view: 'record',
        id: r.id,
        record,
        related: record?.related.length ? await service().getRecords(record.related) : [],
      };
    }
    case 'search': {
      const page = await service().browse!(r.query, r.filters, r.sort, PAGE);
      return { view: 'search', hash: formatRoute(r), result: page, nameOf: (key) => page.names[key] };
    }
  }
}

/** Shows `r` from its early answer, if the whole archive is not in first; resolves either way. */
const showEarly = (r: Route) =>
  askEarly(r).then(
    (data) => {
      if (loaded || !data || r !== route) return;
      early = data;
      show();
    },
    // Without it the view waits for the whole archive, as before.
    () => undefined,
  );

// Every view is a hash: links, back and forward all come through here.
window.addEventListener('hashchange', () => {
  route = parseRoute(location.hash);
  show();
  if (!loaded) void showEarly(route);
});

show();
// Read after the first view is shown (its parsing holds the page for a moment), or once a
// background still starting has kept it waiting long enough.
await Promise.race([showEarly(route), new Promise((resolve) => setTimeout(resolve, EARLY_WAIT_MS))]);
const whole = await getLoadedArchive();
// Each in a task of its own, so that the page answers input between them: a search view's
// index is read before the view that searches it, then the view is shown.
if (route.view === 'search') {
  await nextTask();
  void whole.archive;
}
await nextTask();
loaded = whole;
show();
// For bench:ui, which reads the page's longest task up to here.
performance.mark('talkscope:archive-whole');
