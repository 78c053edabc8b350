/**
 * Names on pages, the background's part: runs the content script only where the person allowed
 * it (registered with the scripting API, so nothing runs before they opt in), keeps what each
 * tab found, shows it on the badge, recognises a person's homepage, and answers the content
 * script and the popup. Called once from entrypoints/background/index.ts.
 */
import { browser } from 'wxt/browser';
import { buildHomepageMatcher } from '../../indexer/names/match-homepage.ts';
import { loadNameMatcher, nameFormRows, type NameMatcher } from '../../indexer/names/name-matcher.ts';
import { matchTexts } from '../../indexer/names/match-texts.ts';
import {
  badgeFor,
  describePerson,
  isPageNamesMessage,
  namesForLookup,
  type PageNamesMessage,
  type PageNamesState,
} from '../../indexer/names/page-names-protocol.ts';
import { isCovered, planRegistration, type RegistrationPlan } from '../../indexer/names/plan-registration.ts';
import type { LoadedArchive } from '../../components/lib/loaded-archive.ts';
import { getLoadedArchive } from '../shared/fetch-bundle.ts';
import { archiveUrl } from '../shared/open-archive.ts';
import { getSettings } from '../shared/settings.ts';
import {
  ALLOWED_SITES_KEY,
  getAllowedSites,
  getGrantedOrigins,
  pauseSite,
  rememberAllowed,
  setNamesEnabled,
} from '../shared/page-names-access.ts';

const SCRIPT_ID = 'talkscope-page-names';
const SCRIPT_FILE = '/content-scripts/page-names.js';
const STYLE_FILE = '/content-scripts/page-names.css';

interface TabFindings {
  /** People marked (key → times) in each frame of the tab, by frame id (0: the page itself). */
  frames: Map<number, Map<string, number>>;
  homepage?: string;
}

/** People marked anywhere in the tab, frames included. */
function countsOf(t: TabFindings): Map<string, number> {
  const all = new Map<string, number>();
  for (const counts of t.frames.values()) for (const [k, n] of counts) all.set(k, (all.get(k) ?? 0) + n);
  return all;
}

/**
 * What each tab found: people marked and whose homepage it is. Kept in session storage too, so
 * the popup still gets it after the browser stopped this worker for idleness.
 */
const tabs = new Map<number, TabFindings>();
const SESSION_PREFIX = 'pageNamesTab:';

function keepTab(tabId: number): void {
  const t = tabs.get(tabId);
  const area = browser.storage.session;
  if (!area) return;
  const key = SESSION_PREFIX + tabId;
  const frames = t && [...t.frames].map(([id, counts]) => [id, [...counts]]);
  void (t ? area.set({ [key]: { frames, homepage: t.homepage ?? null } }) : area.remove(key)).catch(() => undefined);
}

async function recallTab(tabId: number): Promise<TabFindings | undefined> {
  const known = tabs.get(tabId);
  if (known || !browser.storage.session) return known;
  const key = SESSION_PREFIX + tabId;
  const stored = (await browser.storage.session.get(key).catch(() => ({}) as Record<string, unknown>))[key] as
    { frames?: [number, [string, number][]][]; homepage?: string | null } | undefined;
  if (!stored || tabs.has(tabId)) return tabs.get(tabId);
  const t: TabFindings = {
    frames: new Map(Array.isArray(stored.frames) ? stored.frames.map(([id, counts]) => [id, new Map(counts)]) : []),
    ...(stored.homepage ? { homepage: stored.homepage } : {}),
  };
  tabs.set(tabId, t);
  return t;
}

function forgetTab(tabId: number): void {
  tabs.delete(tabId);
  keepTab(tabId);
}

/** Asks every frame of the tab to say again who it marks (see the `report` message). */
function askToReport(tabId: number): void {
  const ask: PageNamesMessage = { pageNames: 'report' };
  // A tab where no script runs (yet) has nobody to answer.
  void browser.tabs.sendMessage(tabId, ask).catch(() => undefined);
}

export function registerPageNames(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isPageNamesMessage(message)) return undefined;
    return answer(message, sender.tab?.id, sender.frameId);
  });
  browser.permissions.onAdded.addListener(() => void syncRegistration());
  browser.permissions.onRemoved.addListener(() => void syncRegistration());
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'sync' && 'settings' in changes) || (area === 'local' && ALLOWED_SITES_KEY in changes)) void syncRegistration();
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // The tab's address changed: what its pages found goes, and whatever script is still
    // there says again what it marks. Chrome reports a page that changes its own address
    // (`history.pushState`, a new `#fragment`) just as it reports a new page (status
    // "loading" and the URL), and tells no more without the webNavigation permission: the
    // first keeps its frames and their scripts, which answer; a new page's script reports
    // once it has looked. A tab gone to a site the extension may not read gets no URL at all,
    // and shows none: nothing found before is on that page. Not on a reload (the page's
    // script reports again) nor when only a frame of the page loads, which Chrome reports as
    // the tab loading without a URL: that would drop the page's own people, and the frame's
    // leave with its own report (see start-page-names.ts).
    if (change.url !== undefined || (change.status === 'loading' && tab.url === undefined)) {
      forgetTab(tabId);
      askToReport(tabId);
    }
    // Only on the sites the person allowed, and not paused: elsewhere the badge stays quiet.
    const url = tab.url;
    if ((change.status === 'loading' || change.url) && url) {
      void syncing.then(() => (isCovered(url, currentPlan) ? noticeHomepage(tabId, url) : undefined));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  void syncRegistration();
  // End-to-end tests cannot click the browser's permission prompt. They grant the host
  // permission at install (a test-only build) and then call `allowGranted`, which does what
  // the popup's "Allow on this site" does once the person accepted the prompt; pause and the
  // global switch are the same functions the site access control calls.
  Object.assign(globalThis, {
    talkscopePageNames: { allowGranted: rememberAllowed, pauseSite, setNamesEnabled, syncRegistration, stateOf },
  });
}

async function answer(message: PageNamesMessage, tabId: number | undefined, frameId: number | undefined): Promise<unknown> {
  switch (message.pageNames) {
    case 'match':
      return matchTexts(matcherFor(await getLoadedArchive()), message.texts);
    case 'person': {
      const loaded = await getLoadedArchive();
      const entry = loaded.namesByKey.get(message.key);
      return entry ? describePerson(entry, recordsById(loaded)) : undefined;
    }
    case 'style':
      if (tabId === undefined) return undefined;
      await browser.scripting
        .insertCSS({ target: { tabId, frameIds: [frameId ?? 0] }, files: [STYLE_FILE] })
        .catch(() => undefined);
      return undefined;
    case 'open-person':
      await browser.tabs.create({ url: archiveUrl(`#/person/${encodeURIComponent(message.key)}`) });
      return undefined;
    case 'found':
      if (tabId === undefined) return undefined;
      (await tab(tabId)).frames.set(frameId ?? 0, new Map(message.counts.filter(([k, n]) => typeof k === 'string' && n > 0)));
      keepTab(tabId);
      await showBadge(tabId);
      return undefined;
    case 'state':
      if (message.url) await noticeHomepage(message.tabId, message.url);
      return stateOf(message.tabId);
  }
}

let names: { loaded: LoadedArchive; matcher: NameMatcher } | undefined;
/**
 * The names pages look for, built once here for every page: a page sends its text and gets
 * back where the names are, so it never builds a matcher of thousands of names itself, and
 * the matching never runs on its main thread.
 */
function matcherFor(loaded: LoadedArchive): NameMatcher {
  if (names?.loaded !== loaded) names = { loaded, matcher: loadNameMatcher(nameFormRows(namesForLookup(loaded.names))) };
  return names.matcher;
}

let byId: { loaded: LoadedArchive; map: Map<string, LoadedArchive['records'][number]> } | undefined;
function recordsById(loaded: LoadedArchive) {
  if (byId?.loaded !== loaded) byId = { loaded, map: new Map(loaded.records.map((r) => [r.id, r])) };
  return byId.map;
}

let homepageOf: ((url: string) => { key: string } | undefined) | undefined;

async function noticeHomepage(tabId: number, url: string | undefined): Promise<void> {
  // The URL of a tab is known only where the person granted access (or opened the popup there).
  if (!url) return;
  const loaded = await getLoadedArchive();
  homepageOf ??= buildHomepageMatcher(loaded.names);
  const key = homepageOf(url)?.key;
  const t = await tab(tabId);
  if (t.homepage === key) return;
  if (key) t.homepage = key;
  else delete t.homepage;
  keepTab(tabId);
  await showBadge(tabId);
}

async function tab(tabId: number): Promise<TabFindings> {
  await recallTab(tabId);
  // Read after the wait: the frames of a tab report at once (after an address change), and
  // each must add to the same findings, not start its own.
  let t = tabs.get(tabId);
  if (!t) tabs.set(tabId, (t = { frames: new Map() }));
  return t;
}

/** What the popup shows for a tab (see `PageNamesState`). */
export async function stateOf(tabId: number): Promise<PageNamesState> {
  const t = await recallTab(tabId);
  if (!t) return { names: [] };
  const loaded = await getLoadedArchive();
  const names = [...countsOf(t)]
    .map(([key, times]) => ({ key, name: loaded.namesByKey.get(key)?.name ?? key, times }))
    .sort((a, b) => b.times - a.times || a.name.localeCompare(b.name));
  const owner = t.homepage ? loaded.namesByKey.get(t.homepage) : undefined;
  return { names, ...(owner ? { homepage: { key: owner.key, name: owner.name, talks: owner.talks } } : {}) };
}

async function showBadge(tabId: number): Promise<void> {
  const settings = await getSettings();
  const badge = settings.highlight.badge ? badgeFor(await stateOf(tabId)) : { text: '', title: 'Talkscope' };
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text: badge.text });
    await action.setTitle({ tabId, title: badge.title });
    // A calm colour: a count of people is news, not an alarm.
    if (badge.text) await action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
  } catch {
    // The tab closed meanwhile.
  }
}

let currentPlan: RegistrationPlan | undefined;
let syncing: Promise<RegistrationPlan | undefined> = Promise.resolve(undefined);

/**
 * Registers the content script for the allowed, granted, unpaused sites (or unregisters it),
 * and starts it at once in open tabs that just became allowed. One at a time; nothing happens
 * when the registration the browser keeps (across restarts of this worker) is already right.
 */
export function syncRegistration(): Promise<RegistrationPlan | undefined> {
  syncing = syncing.catch(() => undefined).then(syncNow);
  return syncing;
}

async function syncNow(): Promise<RegistrationPlan | undefined> {
  const [allowed, granted, settings, registered] = await Promise.all([
    getAllowedSites(),
    getGrantedOrigins(),
    getSettings(),
    browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }),
  ]);
  const plan = planRegistration({
    allowed,
    granted,
    enabled: settings.highlight.enabled,
    pausedSites: settings.highlight.pausedSites,
  });
  const existing = registered[0];
  const before: RegistrationPlan | undefined = existing
    ? { matches: [...(existing.matches ?? [])].sort(), excludeMatches: [...(existing.excludeMatches ?? [])].sort() }
    : undefined;
  // A registration from an earlier version that left frames out is made again.
  const sameScript = existing?.allFrames === true;
  currentPlan = plan;
  await quietUncovered(plan);
  // Pages will ask soon: have the names ready before the first one does.
  if (plan) void getLoadedArchive().then(matcherFor, () => undefined);
  if ((sameScript || !existing) && JSON.stringify(before ?? null) === JSON.stringify(plan ?? null)) return plan;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!plan) return plan;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      js: [SCRIPT_FILE],
      css: [STYLE_FILE],
      matches: plan.matches,
      ...(plan.excludeMatches.length ? { excludeMatches: plan.excludeMatches } : {}),
      runAt: 'document_idle',
      // Frames of an allowed site too (an embedded programme, a schedule in an iframe).
      allFrames: true,
    },
  ]);
  await startInOpenTabs(plan, before);
  return plan;
}

/** Starts the script in open tabs that `plan` covers and `before` did not. */
async function startInOpenTabs(plan: RegistrationPlan, before: RegistrationPlan | undefined): Promise<void> {
  for (const t of await browser.tabs.query({ url: plan.matches })) {
    if (t.id === undefined || !t.url || !isCovered(t.url, plan) || isCovered(t.url, before)) continue;
    // A tab the browser keeps scripts out of, or closed meanwhile: nothing to do. Where an
    // older run of the script is still there (paused, then resumed), the new run replaces it.
    // The script asks for its stylesheet only where the page lacks it: adding one to a large
    // open page makes the browser restyle all of it, so it is never added twice.
    const run = (allFrames: boolean) =>
      browser.scripting.executeScript({ target: { tabId: t.id!, allFrames }, files: [SCRIPT_FILE] });
    // Frames the extension may not enter make the whole call fail: then the page alone.
    await run(true).catch(() => run(false).catch(() => undefined));
    await noticeHomepage(t.id, t.url);
  }
}

/**
 * A site paused, or names switched off: the badge goes quiet there at once, as the marks do.
 * The homepage count of an open tab is the background's own (no script keeps it), so it is
 * taken off here; resumed, `startInOpenTabs` puts it back.
 */
async function quietUncovered(plan: RegistrationPlan | undefined): Promise<void> {
  for (const [tabId, t] of tabs) {
    if (!t.homepage) continue;
    const url = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
    if (url && isCovered(url, plan)) continue;
    delete t.homepage;
    keepTab(tabId);
    await showBadge(tabId);
  }
}
