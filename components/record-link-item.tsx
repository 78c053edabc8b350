import type { TalkRecord } from '../indexer/record.ts';
import type { Hit } from '../indexer/search/search-archive.ts';
import { formatRoute } from './lib/parse-route.ts';
import { MarkedText } from './marked-text.tsx';
import { RecordMeta } from './record-meta.tsx';

/** One record in an archive list: its title as a link, a line of facts, an excerpt. */
export function RecordLinkItem({ record, hit, showKind = true }: { record: TalkRecord; hit?: Hit; showKind?: boolean }) {
  const excerpt = hit?.excerpt.some((r) => r.text.trim()) ? hit.excerpt : undefined;
  return (
    <li data-id={record.id}>
      <a class="title" href={formatRoute({ view: 'record', id: record.id })}>
        <MarkedText runs={hit?.title} fallback={record.title} />
      </a>
      <br />
      <RecordMeta record={record} showKind={showKind} />
      {excerpt ? (
        <span class="excerpt">
          <MarkedText runs={excerpt} />
        </span>
      ) : (
        record.summary && <span class="excerpt">{record.summary}</span>
      )}
    </li>
  );
}
