/**
 * When a record's talk is: its date and time, from whichever fields the archive uses, else a
 * date in its file name. Pure.
 */
import type { Kind } from '../record.ts';
import type { FieldReader } from './field-reader.ts';
import { hasValue, scalarText } from './field-value.ts';
import { isPlaceholder } from './is-placeholder.ts';
import { dateFromFileName, parseDate } from './parse-date.ts';
import type { RecordSource, RootContext } from './root-context.ts';

export interface RecordWhen {
  /** `2023-09-20`. */
  date?: string;
  /** As written, `4:00 - 5:15 pm`; an end time joined to the start. */
  time?: string;
  /** What a date field held before its date ("Room 101, 2023-09-20"): a place, often. */
  before?: string;
  /** A date field that holds a number but no date this reads: `date: "2023-13-45"`, for the warning. */
  unreadable?: string;
}

/** The date and time of one record, marking the fields it reads as used. */
export function readRecordWhen(reader: FieldReader, kind: Kind, src: RecordSource, ctx: RootContext): RecordWhen {
  const { f, used, keysFor, get, line } = reader;
  const when: RecordWhen = {};
  let dateKey: string | undefined;
  const dateKeys = kind === 'profile' ? ['date', 'last_updated'] : keysFor('date');
  for (const key of dateKeys) {
    const v = f[key];
    if (!hasValue(v)) continue;
    const p = parseDate(v, { dayFirst: ctx.config.dayFirst ?? src.dayFirst, year: src.year });
    if (p) {
      when.date = p.date;
      if (p.time) when.time = p.time;
      if (p.before) when.before = p.before;
      dateKey = key;
      used.add(key);
      break;
    }
    const text = scalarText(v).trim();
    if (key !== 'time' && key !== 'data' && key !== 'day' && !when.unreadable && text && !isPlaceholder(text) && /\d/.test(text))
      when.unreadable = `${key}: ${JSON.stringify(text.slice(0, 60))}`;
  }
  // A field that did give a date makes the others' unreadable text no matter.
  if (dateKey !== undefined) delete when.unreadable;
  if (!when.date && kind !== 'profile') {
    const fromName = dateFromFileName(src.path);
    if (fromName) when.date = fromName;
  }
  let time = line('time', dateKey === 'time' ? ['time'] : []);
  // `time: 2023-09-20` is a date (the seed's Jekyll posts): keep it out of time.
  if (time && parseDate(time) && dateKey !== 'time') time = parseDate(time)?.time;
  if (!time) time = when.time;
  const end = line('timeEnd') ?? (kind === 'talk' ? parseDate(get('endDate')?.[1])?.time : undefined);
  if (time && end && !/[-–—]|\bto\b/.test(time)) time = `${time} - ${end}`;
  if (time) when.time = time;
  else delete when.time;
  return when;
}
