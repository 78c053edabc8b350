/**
 * An iCalendar (RFC 5545) event for a dated talk, made locally.
 *
 * The date is the day the source names. A time as written ("12:00 - 13:00 ET",
 * "3pm", "4:00 p. m.", "15h00-16h30 CET", "13h") gives start and end (one hour
 * when no end is given); a known zone abbreviation becomes an IANA `TZID` with
 * its VTIMEZONE, UTC/GMT a `Z` time; without a zone the time is floating (the
 * calendar's own zone), without a time the event lasts the whole day. Pure: the
 * stamp time is passed in.
 */
import type { TalkRecord } from '../../indexer/record.ts';
import { safeHttpUrl } from './safe-url.ts';
import { vtimezoneLines } from './zone-observances.ts';

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface TimeRange {
  start: ClockTime;
  end?: ClockTime;
  /** IANA zone name, or `UTC`. */
  zone?: string;
}

const ZONES: Record<string, string> = {
  et: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  eastern: 'America/New_York',
  ct: 'America/Chicago',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  central: 'America/Chicago',
  mt: 'America/Denver',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mountain: 'America/Denver',
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  utc: 'UTC',
  gmt: 'UTC',
  z: 'UTC',
  bst: 'Europe/London',
  uk: 'Europe/London',
  wet: 'Europe/Lisbon',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  eet: 'Europe/Athens',
  eest: 'Europe/Athens',
  jst: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  hkt: 'Asia/Hong_Kong',
  sgt: 'Asia/Singapore',
  ist: 'Asia/Kolkata',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  brt: 'America/Sao_Paulo',
};

/** A time of day as written, before am/pm is settled. */
interface Found {
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
  /** Has minutes, am/pm or a French "h"; a bare number ("Room 540", "Mar 5") may not be a time. */
  explicit: boolean;
  from: number;
  to: number;
}

// Hour, then minutes after ":", "." or "h" ("4:00", "16.00", "13h30", "13 h 30"), or a lone
// French "h" ("13h"); then am/pm in any spelling ("pm", "p.m.", "p. m.") or "noon".
const TIME =
  /(?<![\d.])(\d{1,2})(?!\d)(?:\s*[:.h]\s*(\d{2})(?!\d)|\s*(h)(?![a-z]))?\s*(?:([ap])\.?\s?m(?![a-z])\.?|(noon)\b)?/giu;
const DASH = /^\s*(?:-|–|—|to)\s*$/iu;
const AND = /^\s*(?:and|&)\s*$/iu;

/**
 * Reads a time of day as sources write it. `undefined` when no time is found.
 *
 * Several ranges ("2:30 - 3:45 and 4 - 5 pm") make one event, from the first
 * time written to the latest of the others. An am/pm marker also applies to the earlier times
 * written without one, as in "3 - 4pm", unless that would put a time after the
 * one following it ("11:30 - 12:30 pm" starts at 11:30). Bracketed asides
 * ("(with a 15 minute break at 3:45)") are read only when nothing else is a time.
 *
 * @example parseTimeRange('12:00 - 13:00 ET') → { start: {hour:12,minute:0}, end: {hour:13,minute:0}, zone: 'America/New_York' }
 * @example parseTimeRange('3pm') → { start: {hour:15,minute:0} }
 * @example parseTimeRange('3 – 4 and 4:15 – 5:15 pm') → { start: {hour:15,minute:0}, end: {hour:17,minute:15} }
 */
export function parseTimeRange(text: string | undefined): TimeRange | undefined {
  if (!text) return undefined;
  const outside = findTimes(text.replace(/\([^)]*\)/gu, ' '));
  const times = settleMeridiems(outside.length > 0 ? outside : findTimes(text));
  const [start, ...rest] = times;
  if (!start) return undefined;
  const end = rest.reduce<ClockTime | undefined>((a, t) => (!a || minutesOf(t) > minutesOf(a) ? t : a), undefined);
  const zone = findZone(text);
  return { start, ...(end && minutesOf(end) > minutesOf(start) ? { end } : {}), ...(zone ? { zone } : {}) };
}

function findTimes(text: string): Found[] {
  const all: Found[] = [];
  for (const m of text.matchAll(TIME)) {
    const hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    if (hour > 24 || minute > 59) continue;
    // "noon" is 12 pm.
    const mark = (m[4] ?? m[5])?.charAt(0).toLowerCase();
    const meridiem = mark === 'a' ? 'am' : mark ? 'pm' : undefined;
    const explicit = m[2] !== undefined || m[3] !== undefined || meridiem !== undefined;
    all.push({ hour, minute, meridiem, explicit, from: m.index, to: m.index + m[0].length });
  }
  const between = (i: number, pattern: RegExp) => {
    const [a, b] = [all[i], all[i + 1]];
    return a !== undefined && b !== undefined && pattern.test(text.slice(a.to, b.from));
  };
  // A bare number is a time only as part of a range: "3 - 4pm", "4:00 - 5", or "3 – 4" in
  // "3 – 4 and 4:15 – 5:15 pm"; never "Room 540", "Mar 5 2pm" or "2026-11-11".
  // A time field that is a range and nothing else ("11-12") is read as one.
  if (all.length === 2 && /^\s*\d{1,2}\s*[-–—]\s*\d{1,2}\s*$/u.test(text)) return all;
  const counts: boolean[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    counts[i] =
      all[i]!.explicit ||
      (between(i, DASH) && counts[i + 1] === true) ||
      (between(i - 1, DASH) && all[i - 1]!.explicit) ||
      (between(i - 1, DASH) && between(i, AND) && counts[i + 1] === true);
  }
  return all.filter((_, i) => counts[i]);
}

function settleMeridiems(times: Found[]): ClockTime[] {
  const settled: ClockTime[] = [];
  let marker: 'am' | 'pm' | undefined;
  let next = Infinity;
  // From the right, so that a marker reaches back to the unmarked times before it.
  for (const t of [...times].reverse()) {
    let hour = to24(t.hour, t.meridiem);
    if (t.meridiem) marker = t.meridiem;
    else if (marker && t.hour >= 1 && t.hour <= 12 && to24(t.hour, marker) * 60 + t.minute <= next) {
      hour = to24(t.hour, marker);
    }
    settled.unshift({ hour, minute: t.minute });
    next = hour * 60 + t.minute;
  }
  // With no marker to say so, a time before the one it follows is in the afternoon:
  // "12-1:30" ends at 13:30.
  for (let i = 1; i < settled.length; i++) {
    const [before, t] = [settled[i - 1]!, settled[i]!];
    if (
      !times[i]!.meridiem &&
      !marker &&
      t.hour < 12 &&
      minutesOf(t) < minutesOf(before) &&
      minutesOf(t) + 720 > minutesOf(before)
    )
      settled[i] = { hour: t.hour + 12, minute: t.minute };
  }
  return settled;
}

function findZone(text: string): string | undefined {
  const zoneWord = /\b([A-Za-z]{1,7})\b\.?\s*\)?\s*$/u.exec(text.replace(/[()]/g, ' ').trim());
  let zone = zoneWord?.[1] ? ZONES[zoneWord[1].toLowerCase()] : undefined;
  if (!zone) {
    for (const w of text.toLowerCase().split(/[^a-z]+/u)) if (ZONES[w] && w !== 'z') zone = ZONES[w];
  }
  return zone;
}

/** A file name for the event: the talk's date and title, safe on every system. */
export function icsFileName(record: Pick<TalkRecord, 'date' | 'title'>): string {
  const slug = record.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${record.date ?? 'talk'}-${slug || 'talk'}.ics`;
}

/**
 * The whole .ics text (CRLF lines, folded at 75 octets), or `undefined` for a
 * record without a date.
 *
 * @param now the DTSTAMP, when the file is made
 */
export function makeIcs(record: TalkRecord, now: Date): string | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(record.date ?? '');
  if (!day) return undefined;
  const ymd = `${day[1]}${day[2]}${day[3]}`;
  const range = parseTimeRange(record.time);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Talkscope//Talk archive//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // RFC 5545 §3.2.19: every TZID needs its VTIMEZONE, and Outlook misreads a file without one.
    ...(range?.zone && range.zone !== 'UTC' ? vtimezoneLines(range.zone, Number(day[1])) : []),
    'BEGIN:VEVENT',
  ];
  lines.push(`UID:${escapeText(record.id)}@talkscope`, `DTSTAMP:${utcStamp(now)}`);
  if (!range) {
    lines.push(`DTSTART;VALUE=DATE:${ymd}`, `DTEND;VALUE=DATE:${nextDay(day[1]!, day[2]!, day[3]!)}`);
  } else {
    const endTime = range.end ?? { hour: range.start.hour + 1, minute: range.start.minute };
    // An hour from "23:30" ends on the next day. (`parseTimeRange` keeps no end before its start.)
    const endYmd = endTime.hour > 23 ? nextDay(day[1]!, day[2]!, day[3]!) : ymd;
    const end = { hour: endTime.hour % 24, minute: endTime.minute };
    lines.push(dateTimeLine('DTSTART', ymd, range.start, range.zone), dateTimeLine('DTEND', endYmd, end, range.zone));
  }
  lines.push(`SUMMARY:${escapeText(record.title)}`);
  const where = [record.location, safeHttpUrl(record.online)].filter(Boolean).join(' · ');
  if (where) lines.push(`LOCATION:${escapeText(where)}`);
  const speakers = record.people
    .filter((p) => p.role === 'speaker')
    .map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name));
  const description = [
    speakers.join(', '),
    record.time ? `Time as announced: ${record.time}` : '',
    record.summary ?? '',
    record.series,
  ]
    .filter(Boolean)
    .join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const url = safeHttpUrl(record.online) ?? safeHttpUrl(record.links[0]?.url);
  if (url) lines.push(`URL:${url}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function to24(hour: number, meridiem: 'am' | 'pm' | undefined): number {
  if (meridiem === 'pm') return (hour % 12) + 12;
  if (meridiem === 'am') return hour % 12;
  return hour;
}

function minutesOf(t: ClockTime): number {
  return t.hour * 60 + t.minute;
}

function dateTimeLine(name: string, ymd: string, t: ClockTime, zone: string | undefined): string {
  const hms = `${pad(t.hour)}${pad(t.minute)}00`;
  if (zone === 'UTC') return `${name}:${ymd}T${hms}Z`;
  if (zone) return `${name};TZID=${zone}:${ymd}T${hms}`;
  return `${name}:${ymd}T${hms}`;
}

function nextDay(y: string, m: string, d: string): string {
  const t = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + 1));
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}`;
}

function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space. */
function foldLine(line: string): string {
  const enc = new TextEncoder();
  if (enc.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
