/**
 * The person's preferences, kept in extension storage (sync) under one key.
 * Read by the popup, the options page and the page highlighting (issue 5), through
 * entrypoints/shared/settings.ts. Pure: whatever was stored comes back as valid
 * settings, missing or broken fields replaced by their defaults.
 */
import { KINDS, type Kind } from '../../indexer/record.ts';

export interface Settings {
  /** How many results each group (talks, people, news) shows in the popup: 1–50. */
  resultsPerGroup: number;
  /** Filters the popup starts with; empty lists mean "all". */
  defaultFilters: { kinds: Kind[]; series: string[] };
  /** Names of the archive marked on pages (issue 5). */
  highlight: {
    /** The global switch: off pauses marking everywhere, whatever sites are allowed. */
    enabled: boolean;
    /** Origins (`https://example.org`) where marking is paused though allowed. */
    pausedSites: string[];
    /** Show the toolbar badge with the number of people found on a page. */
    badge: boolean;
  };
}

export const DEFAULT_SETTINGS: Settings = {
  resultsPerGroup: 5,
  defaultFilters: { kinds: [], series: [] },
  highlight: { enabled: true, pausedSites: [], badge: true },
};

export function normalizeSettings(stored: unknown): Settings {
  const s = (isObject(stored) ? stored : {}) as Record<string, unknown>;
  const filters = isObject(s.defaultFilters) ? (s.defaultFilters as Record<string, unknown>) : {};
  const highlight = isObject(s.highlight) ? (s.highlight as Record<string, unknown>) : {};
  const per =
    typeof s.resultsPerGroup === 'number' && Number.isFinite(s.resultsPerGroup)
      ? Math.round(s.resultsPerGroup)
      : DEFAULT_SETTINGS.resultsPerGroup;
  return {
    resultsPerGroup: Math.min(50, Math.max(1, per)),
    defaultFilters: {
      kinds: strings(filters.kinds).filter((k): k is Kind => (KINDS as readonly string[]).includes(k)),
      series: strings(filters.series),
    },
    highlight: {
      enabled: typeof highlight.enabled === 'boolean' ? highlight.enabled : DEFAULT_SETTINGS.highlight.enabled,
      pausedSites: [...new Set(strings(highlight.pausedSites))].sort(),
      badge: typeof highlight.badge === 'boolean' ? highlight.badge : DEFAULT_SETTINGS.highlight.badge,
    },
  };
}

/** Whether names are marked on `origin` now: globally on and this site not paused. */
export function isHighlightActive(settings: Settings, origin: string): boolean {
  return settings.highlight.enabled && !settings.highlight.pausedSites.includes(origin);
}

/** The settings with `origin` paused or resumed. */
export function withSitePaused(settings: Settings, origin: string, paused: boolean): Settings {
  const rest = settings.highlight.pausedSites.filter((o) => o !== origin);
  return { ...settings, highlight: { ...settings.highlight, pausedSites: paused ? [...rest, origin].sort() : rest } };
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}
