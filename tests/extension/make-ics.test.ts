import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { icsFileName, makeIcs, parseTimeRange, type TimeRange } from '../../components/lib/make-ics.ts';
import type { TalkRecord } from '../../indexer/record.ts';

describe('parseTimeRange', () => {
  it.each<[string, TimeRange | undefined]>([
    ['12:00 - 13:00 ET', { start: { hour: 12, minute: 0 }, end: { hour: 13, minute: 0 }, zone: 'America/New_York' }],
    ['3pm', { start: { hour: 15, minute: 0 } }],
    ['3 - 4pm', { start: { hour: 15, minute: 0 }, end: { hour: 16, minute: 0 } }],
    ['10:30am–12pm PT', { start: { hour: 10, minute: 30 }, end: { hour: 12, minute: 0 }, zone: 'America/Los_Angeles' }],
    ['15h00-16h30 CET', { start: { hour: 15, minute: 0 }, end: { hour: 16, minute: 30 }, zone: 'Europe/Berlin' }],
    ['14:00 (UTC)', { start: { hour: 14, minute: 0 }, zone: 'UTC' }],
    ['12:00 p.m.', { start: { hour: 12, minute: 0 } }],
    ['12:30 a.m.', { start: { hour: 0, minute: 30 } }],
    ['Room 540', undefined],
    ['TBA', undefined],
    ['', undefined],
    // am/pm in the spellings the archives use
    ['4:00 p. m.', { start: { hour: 16, minute: 0 } }],
    ['4 p.m.', { start: { hour: 16, minute: 0 } }],
    ['4pm', { start: { hour: 16, minute: 0 } }],
    ['4 PM', { start: { hour: 16, minute: 0 } }],
    ['16.00', { start: { hour: 16, minute: 0 } }],
    ['11:00 a.m. - 12:00 noon', { start: { hour: 11, minute: 0 }, end: { hour: 12, minute: 0 } }],
    ['11:30 - 12:30 p.m.', { start: { hour: 11, minute: 30 }, end: { hour: 12, minute: 30 } }],
    ['12:30 - 2:30 pm', { start: { hour: 12, minute: 30 }, end: { hour: 14, minute: 30 } }],
    // several ranges: one event from the first time to the latest, the last am/pm reaching back
    ['2:30 - 3:45 and 4 - 5 pm', { start: { hour: 14, minute: 30 }, end: { hour: 17, minute: 0 } }],
    ['3 – 4 and 4:15 – 5:15 pm', { start: { hour: 15, minute: 0 }, end: { hour: 17, minute: 15 } }],
    ['2–3:15 and 3:45–5 pm', { start: { hour: 14, minute: 0 }, end: { hour: 17, minute: 0 } }],
    ['(1) 2:00 - 2:45 p.m. (2) 3:15 - 4:00 p.m.', { start: { hour: 14, minute: 0 }, end: { hour: 16, minute: 0 } }],
    // an aside in brackets is not the end of the talk
    ['3 – 5 pm (with a 15 minute break at 3:45)', { start: { hour: 15, minute: 0 }, end: { hour: 17, minute: 0 } }],
    ['2:00-3:40 pm (with a 10 minute break 2:45-2:55)', { start: { hour: 14, minute: 0 }, end: { hour: 15, minute: 40 } }],
    // French hours
    ['13h', { start: { hour: 13, minute: 0 } }],
    ['13h-14h', { start: { hour: 13, minute: 0 }, end: { hour: 14, minute: 0 } }],
    ['13 h 30', { start: { hour: 13, minute: 30 } }],
    ['(11h, PK-4323)', { start: { hour: 11, minute: 0 } }],
    // numbers that are not times
    ['Mar 5 2pm-5pm', { start: { hour: 14, minute: 0 }, end: { hour: 17, minute: 0 } }],
    ['2 hours', undefined],
    ['2026-11-11', undefined],
    ['11-12', { start: { hour: 11, minute: 0 }, end: { hour: 12, minute: 0 } }],
    ['Nov 11-12', undefined],
    ['Thur 12-1:30', { start: { hour: 12, minute: 0 }, end: { hour: 13, minute: 30 } }],
    ['Dec 1 (Thur 12-1:30)', { start: { hour: 12, minute: 0 }, end: { hour: 13, minute: 30 } }],
    ['11:00 - 1:00', { start: { hour: 11, minute: 0 }, end: { hour: 13, minute: 0 } }],
  ])('%s', (text, expected) => {
    expect(parseTimeRange(text)).toEqual(expected);
  });
});

const talk: TalkRecord = {
  id: 'uva/talks/2023-09-20.md',
  kind: 'talk',
  title: 'Towards Responsibly Deploying Machine Learning in Healthcare; a talk, with commas',
  people: [{ name: 'Tom Hartvigsen', key: 'tom hartvigsen', role: 'speaker', affiliation: 'University of Virginia' }],
  date: '2023-09-20',
  time: '12:00 - 13:00 ET',
  location: 'Rice 540',
  topics: [],
  series: 'uva-ml-seminar',
  links: [],
  root: 'uva',
  source: 'talks/2023-09-20.md',
  related: [],
};
const now = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));

describe('makeIcs', () => {
  it('makes an event in the time zone the source names', () => {
    const ics = makeIcs(talk, now)!;
    const lines = ics.split('\r\n');
    expect(lines).toContain('DTSTART;TZID=America/New_York:20230920T120000');
    expect(lines).toContain('DTEND;TZID=America/New_York:20230920T130000');
    expect(lines).toContain('DTSTAMP:20240102T030405Z');
    expect(lines).toContain('UID:uva/talks/2023-09-20.md@talkscope');
    expect(lines).toContain('LOCATION:Rice 540');
    expect(ics).toContain('SUMMARY:Towards Responsibly Deploying Machine Learning in Healthcare\\; a ta\r\n lk\\, with commas');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('defines every TZID it uses in a VTIMEZONE before the event', () => {
    const ics = makeIcs(talk, now)!;
    expect(ics).toContain(
      [
        'METHOD:PUBLISH',
        'BEGIN:VTIMEZONE',
        'TZID:America/New_York',
        'BEGIN:STANDARD',
        'DTSTART:20221106T020000',
        'TZOFFSETFROM:-0400',
        'TZOFFSETTO:-0500',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:20230312T020000',
        'TZOFFSETFROM:-0500',
        'TZOFFSETTO:-0400',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:20231105T020000',
        'TZOFFSETFROM:-0400',
        'TZOFFSETTO:-0500',
        'END:STANDARD',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
      ].join('\r\n'),
    );
  });

  it.each(['4pm', '09:00 GMT', undefined])('adds no VTIMEZONE for a time without a named zone: %s', (time) => {
    expect(makeIcs({ ...talk, time }, now)).not.toContain('VTIMEZONE');
  });

  // Text made of the pieces real time fields are made of, so that most cases hold times.
  const timeLike = fc
    .array(
      fc.constantFrom(
        '3',
        '12',
        '13',
        '24',
        '540',
        ':',
        '.',
        '30',
        'h',
        ' ',
        'pm',
        'a.m.',
        'p. m.',
        'noon',
        ' - ',
        '–',
        ' and ',
        '(',
        ')',
        'ET',
        'UTC',
      ),
      { maxLength: 12 },
    )
    .map((pieces) => pieces.join(''));

  it('reads any time text without throwing, and never ends before it starts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), timeLike), (time) => {
        const range = parseTimeRange(time);
        if (range?.end)
          expect(range.end.hour * 60 + range.end.minute).toBeGreaterThan(range.start.hour * 60 + range.start.minute);
        for (const line of makeIcs({ ...talk, time }, now)!.split('\r\n')) {
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        }
      }),
    );
  });

  it('folds every line at 75 octets, multi-byte characters kept whole', () => {
    const ics = makeIcs({ ...talk, title: 'Ünïcödé '.repeat(30) }, now)!;
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.split('\r\n').join('\n').replace(/\n /g, '')).toContain('Ünïcödé Ünïcödé');
  });

  it.each<[Partial<TalkRecord>, string[]]>([
    [{ time: undefined }, ['DTSTART;VALUE=DATE:20230920', 'DTEND;VALUE=DATE:20230921']],
    [{ time: '4pm' }, ['DTSTART:20230920T160000', 'DTEND:20230920T170000']],
    [{ time: '09:00 GMT', date: '2024-12-31' }, ['DTSTART:20241231T090000Z', 'DTEND:20241231T100000Z']],
    [{ time: 'Room 540', date: '2024-02-29' }, ['DTSTART;VALUE=DATE:20240229', 'DTEND;VALUE=DATE:20240301']],
    [{ time: '4:00 p. m.' }, ['DTSTART:20230920T160000', 'DTEND:20230920T170000']],
    [{ time: '13h', date: '2024-05-02' }, ['DTSTART:20240502T130000', 'DTEND:20240502T140000']],
    [{ time: '3 – 4 and 4:15 – 5:15 pm' }, ['DTSTART:20230920T150000', 'DTEND:20230920T171500']],
    // Past midnight: the end is on the next day, the year's last too.
    [{ time: '23:00 UTC', date: '2022-04-09' }, ['DTSTART:20220409T230000Z', 'DTEND:20220410T000000Z']],
    [{ time: '11:30pm', date: '2024-12-31' }, ['DTSTART:20241231T233000', 'DTEND:20250101T003000']],
  ])('%j', (patch, expected) => {
    const lines = makeIcs({ ...talk, ...patch }, now)!.split('\r\n');
    for (const line of expected) expect(lines).toContain(line);
  });

  it('makes nothing for a record without a date', () => {
    expect(makeIcs({ ...talk, date: undefined }, now)).toBeUndefined();
  });

  it('names the file after the date and title', () => {
    expect(icsFileName(talk)).toBe('2023-09-20-towards-responsibly-deploying-machine-learning-in-healthcare.ics');
    expect(icsFileName({ date: undefined, title: '???' })).toBe('talk-talk.ics');
  });
});
