/**
 * `SiteAccess` wired to the extension: reads the allowed sites, permissions and settings, and
 * acts on them. Render `<SiteAccessPanel origin={activeTabOrigin} />` in the popup and
 * `<SiteAccessPanel />` on the options page.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SiteAccess, type SiteAccessActions, type SiteAccessState } from '../../components/site-access.tsx';
import { EVERYWHERE, isGranted, originPattern } from '../../indexer/names/plan-registration.ts';
import { allowSite, forgetSite, getAllowedSites, getGrantedOrigins, pauseSite, setNamesEnabled } from './page-names-access.ts';
import { getSettings } from './settings.ts';

export async function readSiteAccess(origin: string | undefined): Promise<SiteAccessState> {
  const [allowed, granted, settings] = await Promise.all([getAllowedSites(), getGrantedOrigins(), getSettings()]);
  const everywhere = allowed.includes(EVERYWHERE) && isGranted(EVERYWHERE, granted);
  const pattern = origin ? originPattern(origin) : undefined;
  const allowedHere = everywhere || (!!pattern && allowed.includes(pattern) && isGranted(pattern, granted));
  return {
    enabled: settings.highlight.enabled,
    everywhere,
    allowedHere,
    pausedHere: !!origin && settings.highlight.pausedSites.includes(origin),
    allowedSites: allowed.filter((p) => p !== EVERYWHERE && isGranted(p, granted)),
  };
}

export function SiteAccessPanel({ origin }: { origin?: string }) {
  const [state, setState] = useState<SiteAccessState>();
  const refresh = useCallback(() => void readSiteAccess(origin).then(setState), [origin]);
  useEffect(() => {
    refresh();
    const onChange = () => refresh();
    browser.storage.onChanged.addListener(onChange);
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.storage.onChanged.removeListener(onChange);
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [refresh]);
  const actions: SiteAccessActions = {
    // `allowSite` calls permissions.request first thing: still inside the click.
    allowHere: () => void (origin ? allowSite(origin).then(refresh) : undefined),
    allowEverywhere: () => void allowSite('everywhere').then(refresh),
    forgetHere: () => void (origin ? forgetSite(origin).then(refresh) : undefined),
    forgetEverywhere: () => void forgetSite('everywhere').then(refresh),
    setPausedHere: (paused) => void (origin ? pauseSite(origin, paused).then(refresh) : undefined),
    setEnabled: (enabled) => void setNamesEnabled(enabled).then(refresh),
    forgetPattern: (pattern) => void forgetSite(pattern).then(refresh),
  };
  return <SiteAccess origin={origin} state={state} actions={actions} />;
}
