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
