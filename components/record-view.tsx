import type { LoadedArchive } from './lib/loaded-archive.ts';
import type { TalkRecord } from '../indexer/record.ts';
import { formatRoute } from './lib/parse-route.ts';
import { RecordDetail } from './record-detail.tsx';

/** A record's own page in the archive. */
export function RecordView({ loaded, id, now }: { loaded: LoadedArchive; id: string; now: () => Date }) {
  const record = loaded.recordsById.get(id);
  if (!record) return <NotFound what="record" />;
  const related = record.related.map((r) => loaded.recordsById.get(r)).filter((r): r is TalkRecord => !!r);
  return (
    <RecordDetail
      record={record}
      related={related}
      level={1}
      now={now}
      personHref={(key) => formatRoute({ view: 'person', key })}
      recordHref={(rid) => formatRoute({ view: 'record', id: rid })}
    />
  );
}

export function NotFound({ what }: { what: string }) {
  return (
    <div class="not-found">
      <h1>No such {what} in this archive</h1>
      <p>
        The link may come from an older build of the archive. <a href="#/">Go to the archive home</a> or search above.
      </p>
    </div>
  );
}
