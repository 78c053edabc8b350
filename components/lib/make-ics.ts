/**
 * An iCalendar (RFC 5545) event for a dated talk, made locally.
 *
 * The date is the day the source names. A time as written ("12:00 - 13:00 ET",
 * "3pm", "15h00-16h30 CET") gives start and end (one hour when no end is given);
 * a known zone abbreviation becomes an IANA `TZID`, UTC/GMT a `Z` time; without a
 * zone the time is floating (the calendar's own zone), without a time the event
 * lasts the whole day. Pure: the stamp time is passed in.
 */
import type { TalkRecord } from '../../indexer/record.ts';
import { safeHttpUrl } from './safe-url.ts';

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

const TIME = /(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/giu;

/**
 * Reads a time of day as sources write it. `undefined` when no time is found.
 *
 * @example parseTimeRange('12:00 - 13:00 ET') → { start: {hour:12,minute:0}, end: {hour:13,minute:0}, zone: 'America/New_York' }
 * @example parseTimeRange('3pm') → { start: {hour:15,minute:0} }
 */
export function parseTimeRange(text: string | undefined): TimeRange | undefined {
  if (!text) return undefined;
  type Found = { hour: number; minute: number; meridiem?: 'am' | 'pm'; explicit: boolean; from: number; to: number };
  const all: Found[] = [];
  for (const m of text.matchAll(TIME)) {
    const hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    const meridiem = m[3] ? (m[3].toLowerCase().startsWith('p') ? 'pm' : 'am') : undefined;
    if (hour > 24 || minute > 59) continue;
    // A bare number ("Room 540") is not a time: it needs minutes or am/pm.
    all.push({
      hour,
      minute,
      meridiem,
      explicit: m[2] !== undefined || meridiem !== undefined,
      from: m.index,
      to: m.index + m[0].length,
    });
  }
  const k = all.findIndex((f) => f.explicit);
  if (k < 0) return undefined;
  const before = all[k - 1];
  // "3 - 4pm": a bare number joined by a dash to a time starts the range.
  const joined = before && /^\s*(?:-|–|—|to)\s*$/u.test(text.slice(before.to, all[k]!.from));
  const found = joined ? [before, all[k]!] : [all[k]!, ...(all[k + 1]?.explicit ? [all[k + 1]!] : [])];
  const [a, b] = found;
  if (!a) return undefined;
  // "3 - 4pm": the end's meridiem applies to a start that has none.
  const startMeridiem =
    a.meridiem ?? (b?.meridiem === 'pm' && a.hour < 12 && a.hour + 12 <= to24(b.hour, 'pm') ? 'pm' : undefined);
  const start = { hour: to24(a.hour, startMeridiem), minute: a.minute };
  const end = b ? { hour: to24(b.hour, b.meridiem), minute: b.minute } : undefined;
  const zoneWord = /\b([A-Za-z]{1,7})\b\.?\s*\)?\s*$/u.exec(text.replace(/[()]/g, ' ').trim());
  let zone = zoneWord?.[1] ? ZONES[zoneWord[1].toLowerCase()] : undefined;
  if (!zone) {
    for (const w of text.toLowerCase().split(/[^a-z]+/u)) if (ZONES[w] && w !== 'z') zone = ZONES[w];
  }
  return { start, ...(end && minutesOf(end) > minutesOf(start) ? { end } : {}), ...(zone ? { zone } : {}) };
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
    'BEGIN:VEVENT',
  ];
  lines.push(`UID:${escapeText(record.id)}@talkscope`, `DTSTAMP:${utcStamp(now)}`);
  if (!range) {
    lines.push(`DTSTART;VALUE=DATE:${ymd}`, `DTEND;VALUE=DATE:${nextDay(day[1]!, day[2]!, day[3]!)}`);
  } else {
    const endTime = range.end ?? { hour: range.start.hour + 1, minute: range.start.minute };
    lines.push(dateTimeLine('DTSTART', ymd, range.start, range.zone), dateTimeLine('DTEND', ymd, endTime, range.zone));
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
  // An end past midnight ("23:30" + 1 h) stays on the day: clamp rather than guess the next date.
  const hour = Math.min(t.hour, 23);
  const minute = t.hour > 23 ? 59 : t.minute;
  const hms = `${pad(hour)}${pad(minute)}00`;
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
