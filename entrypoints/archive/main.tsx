import { render } from 'preact';
import { ArchiveApp } from '../../components/archive-app.tsx';
import { parseRoute } from '../../components/lib/parse-route.ts';
import { getLoadedArchive } from '../shared/fetch-bundle.ts';
import { titleFor } from '../../components/lib/page-title.ts';
import '../../components/theme.css';

// The archive page loads the whole archive itself: browsing needs every record.
const loaded = await getLoadedArchive();
const app = document.getElementById('app')!;
app.replaceChildren();

function show() {
  const route = parseRoute(location.hash);
  document.title = titleFor(route, loaded);
  render(<ArchiveApp loaded={loaded} route={route} navigate={(hash) => (location.hash = hash)} now={() => new Date()} />, app);
}

// Every view is a hash: links, back and forward all come through here.
window.addEventListener('hashchange', show);
show();
