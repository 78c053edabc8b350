import { render } from 'preact';
import { ArchiveApp, type ArchiveAppProps } from '../../components/archive-app.tsx';
import { parseRoute } from '../../components/lib/parse-route.ts';
import { fetchBundleFile, getLoadedArchive } from '../shared/fetch-bundle.ts';
import { fetchBuildInfo } from '../shared/fetch-build-info.ts';
import { titleFor } from '../../components/lib/page-title.ts';
import { HOME_FILE, summarizeEarlyHome, type HomeRecords } from '../../components/lib/home-summary.ts';
import { isoToday } from '../../components/lib/format-date.ts';
import type { LoadedArchive } from '../../components/lib/loaded-archive.ts';
import '../../components/theme.css';

const app = document.getElementById('app')!;
const now = () => new Date();
let route = parseRoute(location.hash);
// Read by `show`, which may run before the whole archive is in.
let loaded: LoadedArchive | undefined = undefined;
let early: ArchiveAppProps['early'];
let rendered = false;

function show() {
  document.title = loaded ? titleFor(route, loaded) : 'Talkscope archive';
  if (!loaded && !early && route.view === 'home') return;
  // The page's own "Loading the archive…" goes with the first render.
  if (!rendered) app.replaceChildren();
  rendered = true;
  render(<ArchiveApp loaded={loaded} early={early} route={route} navigate={(hash) => (location.hash = hash)} now={now} />, app);
}

// Every view is a hash: links, back and forward all come through here.
window.addEventListener('hashchange', () => {
  route = parseRoute(location.hash);
  show();
});

// The archive page loads the whole archive itself: browsing needs every record. The home
// needs a few dozen of them: it is shown from the build's home.json first, and the whole
// archive read after (read at once, it held the home back by half a second).
if (route.view === 'home') {
  await Promise.all([fetchBundleFile(HOME_FILE), fetchBuildInfo()]).then(
    ([text, info]) => {
      const home = summarizeEarlyHome(JSON.parse(text) as HomeRecords, isoToday(now()));
      if (!home) return;
      early = { info, home };
      show();
    },
    // Without it the home waits for the whole archive, as every other view does.
    () => undefined,
  );
} else show();
loaded = await getLoadedArchive();
show();
