/** A date read from text, and what was written around it. */
export interface ParsedDate {
  /** ISO `YYYY-MM-DD`: exactly the calendar day written, whatever the machine's time zone. */
  date: string;
  /** A time of day written after the date ("1:00 PM - 3:00 PM", "14:00"), if any. */
  time?: string;
  /** Text written before the date ("(📍 Room 480, Main Building)"), trimmed, if any. */
  before?: string;
}

/** How to read dates a text leaves ambiguous. */
export interface DateOptions {
  /** `3/4/2024` is 3 April (true) or 4 March (false, the default). A part over 12 decides by itself. */
  dayFirst?: boolean;
  /** Year for dates written without one ("Feb 15", "2/15"), e.g. from the term "Spring 2017". */
  year?: number;
}

/**
 * Reads a calendar date from the formats archives use: ISO `2023-09-20`, unpadded
 * `2007-2-23`, `2025/12/04`, ISO date-times with any offset (`2022-04-09T23:00:00.000Z`
 * is 9 April: the day written, not the day in some time zone), `5/19/22`,
 * `25/09/2024`, `05-06-2026` (day first), `Jun 16, 2026`, `24 October, 2014`,
 * `13 November 2019`, `5th of March, 2024`, `05-Mar-2024`, `20240305` and iCalendar's
 * `20240305T160000Z`, `Feb 15` with a year given, month names in English, French,
 * Portuguese, Spanish, Italian and German, and dates inside longer text
 * (`(📍 CSB 480) 10/11/2024, 1:00 PM - 3:00 PM`). Pure string arithmetic: never
 * `new Date()`, so the result never depends on the time zone.
 *
 * Contract: returns undefined when no valid calendar date is found.
 *
 * @example parseDate('2023-09-20')?.date === '2023-09-20'
 * @example parseDate('4/11/2024, 3:00 PM - 4:00 PM') // { date: '2024-04-11', time: '3:00 PM - 4:00 PM' }
 */
export function parseDate(value: unknown, options: DateOptions = {}): ParsedDate | undefined {
  const text = dateText(value);
  if (!text) return undefined;
  let best: { date: string; start: number; end: number; time?: string } | undefined;
  for (const find of FINDERS) {
    const found = find(text, options);
    if (found && (!best || found.start < best.start)) best = found;
  }
  if (!best) return undefined;
  const result: ParsedDate = { date: best.date };
  const time = best.time ?? timeAfter(text.slice(best.end));
  if (time) result.time = time;
  const before = text
    .slice(0, best.start)
    .replace(/[\p{Extended_Pictographic}\uFE0F]/gu, '')
    .replace(/^[\s(,;:–-]+|[\s),;:–-]+$/g, '')
    .trim();
  if (before && !/^(on|le|el|il|am|em|the|date|data)$/i.test(before)) result.before = before;
  return result;
}

/** The text of a date value: strings as they are; TOML/JS dates by their written (offset-keeping) ISO form. */
function dateText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (Array.isArray(value) && value.length) return dateText(value[0]);
  return '';
}

type Found = { date: string; start: number; end: number; time?: string };
type Finder = (text: string, options: DateOptions) => Found | undefined;

const ISO =
  /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:\s*(Z|[+-]\d{2}:?\d{2}))?)?(?!\d)/;
/**
 * The time of an ISO date-time, when it says when something happens. Midnight is a date
 * alone. A time to the second (`08:51:49.303Z`) is when a page was saved, not a talk's
 * hour. A UTC time says so (`23:00 UTC`): the hour is not the reader's local one. A time
 * with another offset is the local time it was written in.
 */
function isoTime(
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
  zone: string | undefined,
): string | undefined {
  if (hour === undefined || (+hour === 0 && +minute! === 0)) return undefined;
  if (+(second ?? 0) !== 0 || +(fraction ?? 0) !== 0) return undefined;
  const utc = zone === 'Z' || zone === '+00:00' || zone === '+0000' || zone === '-00:00';
  return `${hour}:${minute}${utc ? ' UTC' : ''}`;
}

const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])/;

/** `20240305`, and iCalendar's `20240305T160000Z`: a year of this century or the last. */
const COMPACT = /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?(?!\d)/;

const FINDERS: Finder[] = [
  (text) => {
    const m = COMPACT.exec(text);
    const date = m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : undefined;
    if (!m || !date) return undefined;
    return { date, start: m.index, end: m.index + m[0].length, time: isoTime(m[4], m[5], m[6], undefined, m[7]) };
  },
  (text) => {
    const m = ISO.exec(text);
    if (!m) return undefined;
    const date = isoDate(+m[1]!, +m[2]!, +m[3]!);
    if (!date) return undefined;
    return { date, start: m.index, end: m.index + m[0].length, time: isoTime(m[4], m[5], m[6], m[7], m[8]) };
  },
  (text, options) => {
    const m = NUMERIC.exec(text);
    if (!m) return undefined;
    const a = +m[1]!;
    const b = +m[3]!;
    let year = +m[4]!;
    if (m[4]!.length === 2) year += year < 70 ? 2000 : 1900;
    // Dashes or dots: day first, the European habit, unless told.
    const date = numericDate(year, a, b, options.dayFirst ?? m[2] !== '/');
    return date ? { date, start: m.index, end: m.index + m[0].length } : undefined;
  },
  // A bare `2/19`, as a schedule whose heading gives the year writes its dates.
  (text, options) => {
    const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text);
    if (!m || !options.year) return undefined;
    const date = numericDate(options.year, +m[1]!, +m[2]!, options.dayFirst ?? false);
    return date ? { date, start: 0, end: text.length } : undefined;
  },
  (text, options) => {
    const m = MONTH_FIRST.exec(text);
    if (!m) return undefined;
    const month = monthNumber(m[1]!);
    const year = m[3] ? +m[3] : options.year;
    const date = month && year ? isoDate(year, month, +m[2]!) : undefined;
    return date ? { date, start: m.index, end: m.index + m[0].length } : undefined;
  },
  (text, options) => {
    const m = DAY_FIRST.exec(text);
    if (!m) return undefined;
    const month = monthNumber(m[2]!);
    const year = m[3] ? +m[3] : options.year;
    const date = month && year ? isoDate(year, month, +m[1]!) : undefined;
    return date ? { date, start: m.index, end: m.index + m[0].length } : undefined;
  },
];

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  'january|jan|janvier|janv|janeiro|enero|gennaio|januar|jänner',
  'february|feb|février|fevrier|févr|fevereiro|fev|febrero|febbraio|februar',
  'march|mar|mars|março|marco|marzo|märz|maerz',
  'april|apr|avril|avr|abril|abr|aprile',
  'may|mai|maio|mayo|maggio',
  'june|jun|juin|junho|junio|giugno|juni',
  'july|jul|juillet|juil|julho|julio|luglio|juli',
  'august|aug|août|aout|agosto|ago',
  'september|sep|sept|septembre|setembro|set|septiembre|settembre',
  'october|oct|octobre|outubro|out|octubre|ottobre|oktober|okt',
  'november|nov|novembre|novembro|noviembre',
  'december|dec|décembre|decembre|déc|dezembro|dez|diciembre|dicembre|dezember',
];
MONTH_NAMES.forEach((names, i) => {
  for (const n of names.split('|')) MONTHS[n] = i + 1;
});
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const MONTH_FIRST = new RegExp(
  `(?<![\\p{L}])(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:(?:,\\s*|\\s+)(?:de\\s+)?(\\d{4}))?`,
  'iu',
);
// "5 March 2024", "5th of March, 2024", "12 de setembro de 2023", "05-Mar-2024".
const DAY_FIRST = new RegExp(
  `(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?(?:\\s+(?:de\\s+|of\\s+)?|-)(${MONTH_ALT})\\.?(?![\\p{L}])(?:(?:,\\s*|\\s+|-)(?:de\\s+)?(\\d{4}))?`,
  'iu',
);

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

/** `YYYY-MM-DD` when the day exists in that month, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A time of day written after a date: "1:00 PM - 3:00 PM", "(3-4pm)", "at 14h00". */
function timeAfter(rest: string): string | undefined {
  const t = rest
    .replace(/^[\s,;@–-]+|[\s;]+$/g, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^(?:at|à|às|ore|um)\s+/i, '')
    .trim();
  if (!t || t.length > 40) return undefined;
  return /\d\s*(?::\d{2}|[ap]\.?m\b|h\b|h\d{2})|\d\s*-\s*\d/i.test(t) ? t : undefined;
}

/** The date `a/b` of `year`: day first when a part over 12 says so, else as `dayFirst` says. */
function numericDate(year: number, a: number, b: number, dayFirst: boolean): string | undefined {
  return (a > 12 ? true : b > 12 ? false : dayFirst) ? isoDate(year, b, a) : isoDate(year, a, b);
}

/** Date at the start of a file name: `2023-09-20-tom.md`, `2007__2007-2-23-x.md` → `2023-09-20`. */
export function dateFromFileName(path: string): string | undefined {
  const m = fileNameDate(path);
  return m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

/**
 * The date a file name is written with, when it is no real date ("2022-02-29-yingru.md"), to
 * say so; `undefined` when the name has no date or a real one.
 * @example unrealFileNameDate('talks/2022-02-29-yingru.md') === '2022-02-29'
 */
export function unrealFileNameDate(path: string): string | undefined {
  const m = fileNameDate(path);
  return m && !isoDate(+m[1]!, +m[2]!, +m[3]!) ? m[0].replace(/^_/, '') : undefined;
}

function fileNameDate(path: string): RegExpExecArray | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /(?:^|_)(\d{4})-(\d{1,2})-(\d{1,2})(?=[-_. ]|$)/.exec(base);
}
