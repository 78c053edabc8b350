/**
 * The records as a search ranks and a result row shows them, shipped beside the whole records
 * (`records-lite-N.json`, listed in `records-lite-parts.json`) for the background's first
 * search after it starts: Chrome stops an idle background, so most popups after a pause wait
 * for it to read the archive again, and these fields (id, kind, title, the people's names,
 * date, series, topics) are about a fifth of the records' bytes (2.2 of 11.5 MB with all of
 * ../shared/corpus). Summaries, abstracts, bios, bodies and the people's affiliations
 * (excerpts, phrases, the record's own page) follow in the whole records. Pure: text in, text
 * out.
 */
import type { TalkRecord } from '../../indexer/record.ts';
import { partedFile } from './record-parts.ts';

/** The lite records' parts under /data/ (cut as the records are: see record-parts.ts). */
export const LITE_PARTS = partedFile('records-lite');

/**
 * A records array's JSON with each record cut to what ranking, filters, facets and a result
 * row read (id, kind, title, the people's names, topics, series, date, placeholder). Empty
 * lists are left out, and so is where the record came from (`root`, `source`, `line`): a
 * result row shows neither, and a record opened is read whole. `readLiteRecords` makes each
 * a `TalkRecord` again.
 *
 * @example JSON.parse(liteRecordsJson(JSON.stringify([talk])))[0].abstract === undefined
 */
export function liteRecordsJson(recordsJson: string): string {
  const records = JSON.parse(recordsJson) as TalkRecord[];
  return JSON.stringify(
    records.map((r) => {
      const lite: Partial<TalkRecord> = { id: r.id, kind: r.kind, title: r.title };
      // Who, as ranking and a result row read them: not their affiliation or homepage.
      if (r.people.length) lite.people = r.people.map((p) => ({ name: p.name, key: p.key, role: p.role }));
      if (r.topics.length) lite.topics = r.topics;
      lite.series = r.series;
      if (r.date !== undefined) lite.date = r.date;
      if (r.placeholder) lite.placeholder = true;
      return lite;
    }),
  );
}

/**
 * The records of `liteRecordsJson`, each a whole `TalkRecord` again: what was left out comes
 * back empty, and `root` and `source` as ''. Every record is made with the same fields in
 * the same order: objects of one shape are what the engine reads fastest, and the search
 * reads every one of them.
 */
export function readLiteRecords(json: string): TalkRecord[] {
  return (JSON.parse(json) as Partial<TalkRecord>[]).map((r): TalkRecord => ({
    id: r.id!,
    kind: r.kind!,
    title: r.title!,
    people: r.people ?? [],
    topics: r.topics ?? [],
    series: r.series!,
    date: r.date,
    placeholder: r.placeholder,
    links: [],
    related: [],
    root: '',
    source: '',
  }));
}
