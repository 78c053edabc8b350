/**
 * The opt-in control for names on pages, shown in the popup (for the active tab's site) and on
 * the options page (everywhere, and the global switch). No browser API here: state comes in as
 * props and every action is a callback. entrypoints/shared/site-access-panel.tsx wires it to
 * the extension; render that one.
 */

export interface SiteAccessState {
  /** The global switch. */
  enabled: boolean;
  /** Allowed on every site. */
  everywhere: boolean;
  /** Allowed on the current site (`origin`), on its own or through `everywhere`. */
  allowedHere: boolean;
  /** The current site is paused. */
  pausedHere: boolean;
  /** Every site allowed one by one, as match patterns (`https://example.org/*`). */
  allowedSites: string[];
}

export interface SiteAccessActions {
  /** Must run straight from the click: it asks the browser for the permission. */
  allowHere(): void;
  allowEverywhere(): void;
  forgetHere(): void;
  forgetEverywhere(): void;
  setPausedHere(paused: boolean): void;
  setEnabled(enabled: boolean): void;
  /** Stops allowing one site of `allowedSites`. */
  forgetPattern(pattern: string): void;
}

export interface SiteAccessProps {
  /** The active tab's origin when known (http(s) only); the options page passes none, and
   * gets the list of allowed sites instead of this site's controls (and no heading: it has its own). */
  origin?: string;
  state?: SiteAccessState;
  actions?: SiteAccessActions;
}

export function SiteAccess({ origin, state, actions }: SiteAccessProps) {
  if (!state || !actions) return null;
  const site = origin ? hostOf(origin) : undefined;
  return (
    <section class="site-access" aria-label="Names on pages">
      {origin !== undefined && <h2>Names on pages</h2>}
      <p>Marks the archive's people on the pages you read, on the sites you allow. Nothing runs on a site before that.</p>
      <label>
        <input type="checkbox" checked={state.enabled} onChange={(e) => actions.setEnabled(e.currentTarget.checked)} /> Mark names
        on pages
      </label>
      {site && state.enabled && (
        <div class="site-access-here">
          {!state.allowedHere ? (
            <button type="button" onClick={() => actions.allowHere()}>
              Allow on {site}
            </button>
          ) : (
            <>
              <label>
                <input
                  type="checkbox"
                  checked={state.pausedHere}
                  onChange={(e) => actions.setPausedHere(e.currentTarget.checked)}
                />{' '}
                Pause on {site}
              </label>
              {!state.everywhere && (
                <button type="button" onClick={() => actions.forgetHere()}>
                  Stop allowing {site}
                </button>
              )}
            </>
          )}
        </div>
      )}
      {origin === undefined && state.allowedSites.length > 0 && (
        <ul class="site-access-sites" aria-label="Allowed sites">
          {state.allowedSites.map((pattern) => (
            <li key={pattern}>
              {siteOfPattern(pattern)}{' '}
              <button
                type="button"
                onClick={() => actions.forgetPattern(pattern)}
                aria-label={`Stop allowing ${siteOfPattern(pattern)}`}
              >
                Stop allowing
              </button>
            </li>
          ))}
        </ul>
      )}
      {state.enabled &&
        (state.everywhere ? (
          <button type="button" onClick={() => actions.forgetEverywhere()}>
            Stop allowing every site
          </button>
        ) : (
          <button type="button" onClick={() => actions.allowEverywhere()}>
            Allow on every site
          </button>
        ))}
    </section>
  );
}

/** `https://example.org/*` → `example.org` (the scheme said when it is plain http). */
function siteOfPattern(pattern: string): string {
  const m = /^(https?):\/\/([^/]+)\//.exec(pattern);
  return m ? (m[1] === 'http' ? `${m[2]} (http)` : m[2]!) : pattern;
}

function hostOf(origin: string): string | undefined {
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host : undefined;
  } catch {
    return undefined;
  }
}
