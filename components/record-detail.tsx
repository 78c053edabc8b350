import type { TalkRecord } from '../indexer/record.ts';
import { safeHttpUrl } from './lib/safe-url.ts';
import { formatDate } from './lib/format-date.ts';
import { RecordMeta } from './record-meta.tsx';
import { kindLabel } from './lib/record-labels.ts';
import { splitLinks } from './lib/split-links.ts';
import { IcsLink } from './ics-link.tsx';

export interface RecordDetailProps {
  record: TalkRecord;
  related: TalkRecord[];
  /** Heading level of the title: 1 on its own page, 2 inside the popup. */
  level?: 1 | 2;
  /** Where a person's name links to (their archive page). */
  personHref?: (key: string) => string;
  /** Where a related record links to; without it related records are buttons calling `onOpenRelated`. */
  recordHref?: (id: string) => string;
  onOpenRelated?: (id: string) => void;
  now?: () => Date;
}

const ROLE_LABEL = { speaker: 'Speaker', author: 'Author', editor: 'Posted by', subject: 'About', host: 'Host' } as const;

/** Everything a record holds, as text and http(s) links only. */
export function RecordDetail({ record, related, level = 2, personHref, recordHref, onOpenRelated, now }: RecordDetailProps) {
  const Title = level === 1 ? 'h1' : 'h2';
  const Sub = level === 1 ? 'h2' : 'h3';
  const online = safeHttpUrl(record.online);
  const links = record.links.map((l) => ({ ...l, url: safeHttpUrl(l.url) })).filter((l) => l.url);
  return (
    <article class="record-detail" data-id={record.id}>
      <p class="kind">
        {kindLabel(record.kind)}
        {record.placeholder ? ' (to be announced)' : ''}
      </p>
      <Title class="record-title">{record.title}</Title>
      {record.people.length > 0 && (
        <ul class="people">
          {record.people.map((p) => {
            const homepage = safeHttpUrl(p.homepage);
            return (
              <li key={`${p.key}-${p.role}`}>
                <span class="role">{ROLE_LABEL[p.role]}: </span>
                {personHref ? <a href={personHref(p.key)}>{p.name}</a> : <strong>{p.name}</strong>}
                {p.affiliation && <span>, {p.affiliation}</span>}
                {homepage && (
                  <>
                    {' '}
                    <a href={homepage} target="_blank" rel="noopener noreferrer">
                      homepage
                    </a>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <dl class="facts">
        {record.date && (
          <>
            <dt>Date</dt>
            <dd>{formatDate(record.date)}</dd>
          </>
        )}
        {record.time && (
          <>
            <dt>Time</dt>
            <dd>{record.time}</dd>
          </>
        )}
        {record.location && (
          <>
            <dt>Where</dt>
            <dd>{record.location}</dd>
          </>
        )}
        {online && (
          <>
            <dt>Online</dt>
            <dd>
              <a href={online} target="_blank" rel="noopener noreferrer">
                {online}
              </a>
            </dd>
          </>
        )}
        <dt>Series</dt>
        <dd>{record.series}</dd>
        {record.topics.length > 0 && (
          <>
            <dt>Topics</dt>
            <dd>{record.topics.join(', ')}</dd>
          </>
        )}
      </dl>
      <div class="actions">
        <IcsLink record={record} now={now} />
      </div>
      {record.summary && !startsWith(record.abstract ?? record.body, record.summary) && <p class="summary">{record.summary}</p>}
      <TextSection title="Abstract" text={record.abstract} Heading={Sub} />
      <TextSection title="Bio" text={record.bio} Heading={Sub} />
      <TextSection title={record.abstract || record.bio ? 'More' : ''} text={record.body} Heading={Sub} />
      {links.length > 0 && (
        <section>
          <Sub>Links</Sub>
          <ul class="links">
            {links.map((l) => (
              <li key={l.url}>
                <a href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {related.length > 0 && (
        <section>
          <Sub>Related</Sub>
          <ul class="related">
            {related.map((r) => (
              <li key={r.id}>
                {recordHref ? (
                  <a href={recordHref(r.id)}>{r.title}</a>
                ) : (
                  <button type="button" class="link" onClick={() => onOpenRelated?.(r.id)}>
                    {r.title}
                  </button>
                )}{' '}
                <RecordMeta record={r} showKind />
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="source">
        Source: {record.series} / {record.source}
      </p>
    </article>
  );
}

function TextSection({ title, text, Heading }: { title: string; text?: string; Heading: 'h2' | 'h3' }) {
  if (!text?.trim()) return null;
  return (
    <section class="record-text">
      {title && <Heading>{title}</Heading>}
      {text.split(/\n\s*\n/).map((para, i) => (
        <p key={i}>
          {splitLinks(para).map((part, k) =>
            typeof part === 'string' ? (
              part
            ) : (
              <a key={k} href={part.url} target="_blank" rel="noopener noreferrer">
                {part.text}
              </a>
            ),
          )}
        </p>
      ))}
    </section>
  );
}

function startsWith(text: string | undefined, summary: string): boolean {
  return !!text && text.replace(/\s+/g, ' ').trim().startsWith(summary.replace(/\s+/g, ' ').trim());
}
