import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Kind } from '../indexer/record.ts';
import type { Settings } from './lib/normalize-settings.ts';

export interface OptionsFormProps {
  /** The stored settings; a new value (changed elsewhere) replaces what the form shows. */
  settings: Settings;
  /** Every series in the archive, for the default filter. */
  series: string[];
  /** Applies a change to the settings as stored now (another page may have changed them) and saves. */
  onSave: (change: (settings: Settings) => Settings) => Promise<Settings>;
  /** The names-on-pages control (global switch, allowed sites), wired by the entry point. */
  siteAccess?: ComponentChildren;
}

const KIND_CHOICES: { kind: Kind; label: string }[] = [
  { kind: 'talk', label: 'Talks' },
  { kind: 'profile', label: 'People' },
  { kind: 'news', label: 'News' },
];

/** Preferences, saved as soon as they change (storage.sync). */
export function OptionsForm({ settings: stored, series, onSave, siteAccess }: OptionsFormProps) {
  const [settings, setSettings] = useState(stored);
  const [status, setStatus] = useState('');
  useEffect(() => setSettings(stored), [stored]);
  // The status is emptied before each save and filled after it: a live region whose text
  // stays "Saved." is announced once, and every later change would go unheard.
  // A "Not changed" said a moment after the status was emptied (see below); a save since says more.
  const notice = useRef<number | undefined>(undefined);
  const update = (change: (s: Settings) => Settings, said?: (saved: Settings) => string | undefined) => {
    clearTimeout(notice.current);
    setSettings(change(settings));
    setStatus('');
    void onSave(change).then(
      (saved) => (setSettings(saved), setStatus(said?.(saved) ?? 'Saved.')),
      (e: Error) => setStatus(`Not saved: ${e.message}`),
    );
  };
  const toggleKind = (kind: Kind, on: boolean) =>
    update((s) => {
      const kinds = s.defaultFilters.kinds.filter((k) => k !== kind);
      return { ...s, defaultFilters: { ...s.defaultFilters, kinds: on ? [...kinds, kind] : kinds } };
    });
  const { highlight } = settings;
  return (
    <main class="options-main">
      <h1>Talkscope options</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Search results</legend>
          <label>
            Results per group (talks, people, news){' '}
            <input
              type="number"
              min={1}
              max={50}
              value={settings.resultsPerGroup}
              onChange={(e) => {
                const field = e.currentTarget;
                const typed = field.value;
                // An emptied field (or one the browser cannot read as a number) is no wish for
                // the fewest results: the number stays as it was, and says so.
                if (!typed.trim()) {
                  field.value = String(settings.resultsPerGroup);
                  setStatus('');
                  clearTimeout(notice.current);
                  notice.current = window.setTimeout(
                    () => setStatus(`Not changed: results per group stays ${settings.resultsPerGroup}.`),
                    50,
                  );
                  return;
                }
                const n = Number(typed);
                // A number out of range is kept to 1–50 when saved: said, not hidden.
                update(
                  (s) => ({ ...s, resultsPerGroup: n }),
                  (saved) =>
                    String(saved.resultsPerGroup) === typed.trim()
                      ? undefined
                      : `Saved as ${saved.resultsPerGroup}: results per group are a whole number from 1 to 50.`,
                );
              }}
            />
          </label>
        </fieldset>
        <fieldset>
          <legend>Default filters for the popup</legend>
          <p class="hint">Leave all unticked to search everything.</p>
          {KIND_CHOICES.map(({ kind, label }) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={settings.defaultFilters.kinds.includes(kind)}
                onChange={(e) => toggleKind(kind, e.currentTarget.checked)}
              />{' '}
              {label}
            </label>
          ))}
          <label>
            Series{' '}
            <select
              value={settings.defaultFilters.series[0] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                update((s) => ({ ...s, defaultFilters: { ...s.defaultFilters, series: value ? [value] : [] } }));
              }}
            >
              <option value="">All series</option>
              {series.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <fieldset>
          <legend>Names on pages</legend>
          {siteAccess}
          <label>
            <input
              type="checkbox"
              checked={highlight.badge}
              onChange={(e) => {
                const badge = e.currentTarget.checked;
                update((s) => ({ ...s, highlight: { ...s.highlight, badge } }));
              }}
            />{' '}
            Show how many were found on the toolbar button
          </label>
          <h2>Paused sites</h2>
          {highlight.pausedSites.length ? (
            <ul class="plain">
              {highlight.pausedSites.map((origin) => (
                <li key={origin}>
                  {origin}{' '}
                  <button
                    type="button"
                    onClick={() =>
                      update((s) => ({
                        ...s,
                        highlight: { ...s.highlight, pausedSites: s.highlight.pausedSites.filter((o) => o !== origin) },
                      }))
                    }
                  >
                    Resume<span class="visually-hidden"> {origin}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="hint">No site is paused.</p>
          )}
        </fieldset>
      </form>
      <p role="status" class="hint">
        {status}
      </p>
    </main>
  );
}
