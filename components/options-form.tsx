import { useState } from 'preact/hooks';
import type { Kind } from '../indexer/record.ts';
import type { Settings } from './lib/normalize-settings.ts';
import { SiteAccess } from './site-access.tsx';

export interface OptionsFormProps {
  settings: Settings;
  /** Every series in the archive, for the default filter. */
  series: string[];
  onSave: (settings: Settings) => Promise<Settings>;
}

const KIND_CHOICES: { kind: Kind; label: string }[] = [
  { kind: 'talk', label: 'Talks' },
  { kind: 'profile', label: 'People' },
  { kind: 'news', label: 'News' },
];

/** Preferences, saved as soon as they change (storage.sync). */
export function OptionsForm({ settings: initial, series, onSave }: OptionsFormProps) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const update = (next: Settings) => {
    setSettings(next);
    void onSave(next).then(
      (saved) => (setSettings(saved), setStatus('Saved.')),
      (e: Error) => setStatus(`Not saved: ${e.message}`),
    );
  };
  const toggleKind = (kind: Kind, on: boolean) => {
    const kinds = settings.defaultFilters.kinds.filter((k) => k !== kind);
    update({ ...settings, defaultFilters: { ...settings.defaultFilters, kinds: on ? [...kinds, kind] : kinds } });
  };
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
              onChange={(e) => update({ ...settings, resultsPerGroup: Number(e.currentTarget.value) })}
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
              onChange={(e) =>
                update({ ...settings, defaultFilters: { ...settings.defaultFilters, series: e.currentTarget.value ? [e.currentTarget.value] : [] } })
              }
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
          <label>
            <input
              type="checkbox"
              checked={highlight.enabled}
              onChange={(e) => update({ ...settings, highlight: { ...highlight, enabled: e.currentTarget.checked } })}
            />{' '}
            Mark the archive's people on the sites I allow
          </label>
          <label>
            <input
              type="checkbox"
              checked={highlight.badge}
              onChange={(e) => update({ ...settings, highlight: { ...highlight, badge: e.currentTarget.checked } })}
            />{' '}
            Show how many were found on the toolbar button
          </label>
          <SiteAccess />
          <h2>Paused sites</h2>
          {highlight.pausedSites.length ? (
            <ul class="plain">
              {highlight.pausedSites.map((origin) => (
                <li key={origin}>
                  {origin}{' '}
                  <button
                    type="button"
                    onClick={() =>
                      update({ ...settings, highlight: { ...highlight, pausedSites: highlight.pausedSites.filter((o) => o !== origin) } })
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
