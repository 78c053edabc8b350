import type { PageFindings } from './lib/look-at-page.ts';
import { PersonChip } from './person-chip.tsx';
import { RecordMeta } from './record-meta.tsx';

export interface StartPanelProps {
  recent: string[];
  findings?: PageFindings;
  onSearch: (query: string) => void;
  onClearRecent: () => void;
  onOpenRecord: (id: string) => void;
  onOpenPerson: (key: string) => void;
}

/** Before typing: recent searches and what the archive knows about the page being read. */
export function StartPanel({ recent, findings, onSearch, onClearRecent, onOpenRecord, onOpenPerson }: StartPanelProps) {
  const hasPage = !!findings && (findings.people.length > 0 || findings.related.length > 0);
  return (
    <div class="start">
      {hasPage && (
        <section aria-labelledby="on-page">
          <h2 id="on-page">On this page</h2>
          {findings.people.length > 0 && (
            <ul class="chips" aria-label="People of the archive named here">
              {findings.people.map((p) => (
                <li key={p.key}>
                  <PersonChip
                    person={p}
                    onOpen={onOpenPerson}
                    {...(findings.homepageOf?.key === p.key ? { note: 'this is their homepage' } : {})}
                  />
                </li>
              ))}
            </ul>
          )}
          {findings.related.length > 0 && (
            <ul class="plain" aria-label="Related talks">
              {findings.related.map((h) => (
                <li key={h.record.id}>
                  <button type="button" class="link" onClick={() => onOpenRecord(h.record.id)}>
                    {h.record.title}
                  </button>{' '}
                  <RecordMeta record={h.record} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="recent">
        <h2 id="recent">Recent searches</h2>
        {recent.length ? (
          <>
            <ul class="chips">
              {recent.map((q) => (
                <li key={q}>
                  <button type="button" class="chip" onClick={() => onSearch(q)}>
                    {q}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" class="link" onClick={onClearRecent}>
              Clear recent searches
            </button>
          </>
        ) : (
          <p class="hint">Searches you open a result from are listed here, on this device only.</p>
        )}
      </section>
    </div>
  );
}
