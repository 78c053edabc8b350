import type { TalkRecord } from '../indexer/record.ts';
import { formatRoute } from './lib/parse-route.ts';
import { RecordDetail } from './record-detail.tsx';

/** A record's own page in the archive. */
export function RecordView({ record, related, now }: { record: TalkRecord | undefined; related: TalkRecord[]; now: () => Date }) {
  if (!record) return <NotFound what="record" />;
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
