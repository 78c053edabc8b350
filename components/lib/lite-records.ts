/**
 * The records as a search ranks and a result row shows them, shipped beside the whole records
 * (`records-lite-N.json`, listed in `records-lite-parts.json`) for the background's first
 * search after it starts: Chrome stops an idle background, so most popups after a pause wait
 * for it to read the archive again, and these fields (id, kind, title, the people's names,
 * date, series, topics) are about a quarter of the records' bytes (3.1 of 11.5 MB with all of
 * ../shared/corpus). Summaries, abstracts, bios, bodies and the people's affiliations
 * (excerpts, phrases, the record's own page) follow in the whole records. Pure: text in, text
 * out.
 */
import type { TalkRecord } from '../../indexer/record.ts';
import { partedFile } from './record-parts.ts';

/** The lite records' parts under /data/ (cut as the records are: see record-parts.ts). */
export const LITE_PARTS = partedFile('records-lite');

/** What ranking, filters, facets and a result row read of a record. */
const LITE_FIELDS = ['id', 'kind', 'title', 'topics', 'series', 'date', 'placeholder'] as const;

/**
 * A records array's JSON with each record cut to `LITE_FIELDS`; the fields every record has
 * (`links`, `related`, …) are there, empty, and `root` and `source` kept, so each is still a
 * valid `TalkRecord`.
 *
 * @example JSON.parse(liteRecordsJson(JSON.stringify([talk])))[0].abstract === undefined
 */
export function liteRecordsJson(recordsJson: string): string {
  const records = JSON.parse(recordsJson) as TalkRecord[];
  return JSON.stringify(
    records.map((r) => {
      const lite: Record<string, unknown> = {
        // Who, as ranking and a result row read them: not their affiliation or homepage.
        people: r.people.map((p) => ({ name: p.name, key: p.key, role: p.role })),
        links: [],
        related: [],
        root: r.root,
        source: r.source,
        line: r.line,
      };
      for (const f of LITE_FIELDS) if (r[f] !== undefined) lite[f] = r[f];
      return lite;
    }),
  );
}
