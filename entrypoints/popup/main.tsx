import { hydrate, render } from 'preact';
import { PopupApp } from '../../components/popup-app.tsx';
import { createMessageService } from '../../components/lib/archive-service.ts';
import { connectArchive } from '../shared/archive-port.ts';
import { getSettings } from '../shared/settings.ts';
import { clearRecentSearches, getRecentSearches, rememberSearch } from '../shared/recent-searches-store.ts';
import { readActivePage } from '../shared/read-active-page.ts';
import { openArchive } from '../shared/open-archive.ts';
import { SiteAccessPanel } from '../shared/site-access-panel.tsx';
import { fetchBuildInfo } from '../shared/fetch-build-info.ts';
import { catchEarlyTyping } from './catch-early-typing.ts';
import { catchEarlyEnter } from './catch-early-enter.ts';
import '../../components/theme.css';

performance.mark('talkscope:script');
// Before anything waits: a letter typed while the popup is still starting belongs in the box.
catchEarlyTyping(document, 'q');
const takeEarlyEnter = catchEarlyEnter(document);

// The background holds the loaded archive; the popup asks it over a port.
const service = createMessageService(connectArchive());
const page = readActivePage().catch(() => undefined);
const findings = page.then((p) => (p ? service.lookAtPage(p) : undefined));

const [settings, initialRecent] = await Promise.all([getSettings(), getRecentSearches()]);
let recent = initialRecent;
let origin: string | undefined;
let allSeries: string[] | undefined;
let allYears: string[] | undefined;

let shown = false;
const app = document.getElementById('app')!;

function show() {
  // The first render takes over the static box in popup/index.html (and what was typed in it).
  const initialQuery = shown ? undefined : (document.getElementById('q') as HTMLInputElement | null)?.value;
  const initialEnter = shown ? undefined : takeEarlyEnter();
  (shown ? render : hydrate)(
    <PopupApp
      service={service}
      settings={settings}
      recent={recent}
      onRemember={(q) => void rememberSearch(q).then((list) => ((recent = list), show()))}
      onClearRecent={() => void clearRecentSearches().then(() => ((recent = []), show()))}
      findings={findings}
      siteAccess={<SiteAccessPanel origin={origin} />}
      onOpenArchive={(hash) => void openArchive(hash).then(() => window.close())}
      initialQuery={initialQuery}
      initialEnter={initialEnter}
      allSeries={allSeries}
      allYears={allYears}
    />,
    app,
  );
  shown = true;
}
show();
void page.then((p) => p && ((origin = new URL(p.url).origin), show()));
void fetchBuildInfo().then((info) => {
  allSeries = info.roots.map((r) => r.series).sort();
  allYears = info.years;
  show();
});
