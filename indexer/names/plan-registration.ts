/**
 * Where the page-names content script may run: the sites the person allowed, that the browser
 * still grants, minus the paused ones; nowhere when the global switch is off. Pure.
 */

/** The match pattern for a page origin (ports dropped: match patterns ignore them). */
export function originPattern(origin: string): string | undefined {
  try {
    const u = new URL(origin);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}

export const EVERYWHERE = '<all_urls>';

/** Whether a host-permission list grants `pattern`. */
export function isGranted(pattern: string, granted: readonly string[]): boolean {
  if (granted.includes(pattern) || granted.includes(EVERYWHERE) || granted.includes('*://*/*')) return true;
  const scheme = /^(https?):\/\//.exec(pattern)?.[1];
  return !!scheme && granted.includes(`${scheme}://*/*`);
}

export interface RegistrationPlan {
  matches: string[];
  excludeMatches: string[];
}

/**
 * @example planRegistration({ allowed: ['https://a.org/*'], granted: ['https://a.org/*'], enabled: true, pausedSites: [] })
 *   // { matches: ['https://a.org/*'], excludeMatches: [] }
 */
export function planRegistration(input: {
  allowed: readonly string[];
  granted: readonly string[];
  enabled: boolean;
  pausedSites: readonly string[];
}): RegistrationPlan | undefined {
  if (!input.enabled) return undefined;
  const matches = [...new Set(input.allowed.filter((p) => isGranted(p, input.granted)))].sort();
  if (!matches.length) return undefined;
  const excludeMatches = [...new Set(input.pausedSites.map(originPattern).filter((p): p is string => !!p))].sort();
  return { matches, excludeMatches };
}

/** Whether the content script runs on `url` under `plan`. */
export function isCovered(url: string, plan: RegistrationPlan | undefined): boolean {
  const pattern = originPattern(url);
  if (!plan || !pattern) return false;
  if (plan.excludeMatches.includes(pattern)) return false;
  return plan.matches.includes(pattern) || isGranted(pattern, plan.matches);
}
