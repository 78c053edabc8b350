import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dateFromFileName, parseDate, unrealFileNameDate } from '../../../indexer/parse/parse-date.ts';

describe('parseDate', () => {
  it.each([
    ['2023-09-20', {}, '2023-09-20', undefined],
    ['2007-2-23', {}, '2007-02-23', undefined],
    ['2007-3-8', {}, '2007-03-08', undefined],
    ['2025/12/04', {}, '2025-12-04', undefined],
    ['2017-07-18 13:30:00', {}, '2017-07-18', '13:30'],
    ['2022-10-17 14:00', {}, '2022-10-17', '14:00'],
    ['2026-06-10 9:00', {}, '2026-06-10', '9:00'],
    ['2022-04-09T23:00:00.000Z', {}, '2022-04-09', '23:00 UTC'],
    ['2024-06-01T19:00:00+00:00', {}, '2024-06-01', '19:00 UTC'],
    ['2024-06-01T19:30:00+02:00', {}, '2024-06-01', '19:30'],
    ['2022-05-03T08:51:49.303Z (when the page was saved)', {}, '2022-05-03', undefined],
    ['2021-05-31T09:41:29+02:00', {}, '2021-05-31', undefined],
    ['2020-04-29T00:00:00+00:00', {}, '2020-04-29', undefined],
    ['5/19/22', {}, '2022-05-19', undefined],
    ['4/11/2024, 3:00 PM - 4:00 PM', {}, '2024-04-11', '3:00 PM - 4:00 PM'],
    ['25/09/2024', {}, '2024-09-25', undefined],
    ['8/11/2022', { dayFirst: true }, '2022-11-08', undefined],
    ['05-06-2026', {}, '2026-06-05', undefined],
    ['Jun 16, 2026', {}, '2026-06-16', undefined],
    ['Jun 2, 2026', {}, '2026-06-02', undefined],
    ['October 4, 2024', {}, '2024-10-04', undefined],
    ['Oct. 22, 2021', {}, '2021-10-22', undefined],
    ['5th of March, 2024', {}, '2024-03-05', undefined],
    ['05-Mar-2024', {}, '2024-03-05', undefined],
    ['20240305', {}, '2024-03-05', undefined],
    ['20240305T160000Z', {}, '2024-03-05', '16:00 UTC'],
    ['20240305T160000', {}, '2024-03-05', '16:00'],
    ['Sept 19', { year: 2016 }, '2016-09-19', undefined],
    ['24 October, 2014', {}, '2014-10-24', undefined],
    ['6 October, 2017', {}, '2017-10-06', undefined],
    ['13 November 2019', {}, '2019-11-13', undefined],
    ['11 May, 2023', {}, '2023-05-11', undefined],
    ['Feb 15', { year: 2017 }, '2017-02-15', undefined],
    ['2/19', { year: 2021 }, '2021-02-19', undefined],
    ['19/2', { year: 2021 }, '2021-02-19', undefined],
    ['3/4', { year: 2021, dayFirst: true }, '2021-04-03', undefined],
    ['Jan 30 (3-4pm)', { year: 2017 }, '2017-01-30', '3-4pm'],
    ['Dec 1 (Thur 12-1:30)', { year: 2016 }, '2016-12-01', 'Thur 12-1:30'],
    ['Wednesday April 28 2004, 2-3:30pm', {}, '2004-04-28', '2-3:30pm'],
    ['3 de março de 2015', {}, '2015-03-03', undefined],
    ['12 juin 2024', {}, '2024-06-12', undefined],
    ['2024-02-29', {}, '2024-02-29', undefined],
  ])('%s', (text, options, date, time) => {
    const p = parseDate(text, options);
    expect(p?.date).toBe(date);
    expect(p?.time).toBe(time);
  });

  it('keeps what is written before the date (a room)', () => {
    expect(parseDate('(📍 Room 480, Main Building) 10/11/2024, 1:00 PM - 3:00 PM')).toEqual({
      date: '2024-10-11',
      time: '1:00 PM - 3:00 PM',
      before: 'Room 480, Main Building',
    });
  });

  it.each([
    '',
    'TBA',
    '2012-2-30',
    '2023-02-29',
    'Feb 15',
    '2/19',
    '14:00',
    'fall-2026',
    '2019',
    'spring 2018',
    '13/13/2020',
    'ID 12345678',
    '20241399',
  ])('finds no date in %j', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it.each([
    ['talks/2023-09-20-tom.md', '2023-09-20'],
    ['talks/2007__2007-2-23-prof-x.md', '2007-02-23'],
    ['news/2021-09-12_call.md', '2021-09-12'],
    ['profiles/jane.md', undefined],
    ['talks/2012-02-30-x.md', undefined],
  ])('dateFromFileName(%s)', (path, date) => {
    expect(dateFromFileName(path)).toBe(date);
  });

  it.each([
    ['talks/2022-02-29-yingru.md', '2022-02-29'],
    ['talks/2007__2012-2-30-x.md', '2012-2-30'],
    ['talks/2024-02-29-leap.md', undefined],
    ['talks/2023-09-20-tom.md', undefined],
    ['profiles/jane.md', undefined],
  ])('unrealFileNameDate(%s) is %j', (path, date) => {
    expect(unrealFileNameDate(path)).toBe(date);
  });
});

describe('dates never move with the time zone', () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });
  const texts = [
    '2023-09-20',
    '2022-04-09T23:00:00.000Z',
    '2021-05-31T01:41:29+14:00',
    'Jun 16, 2026',
    '2017-07-18 00:30:00',
    '1/1/2024, 11:30 PM',
  ];
  const under = (tz: string) => {
    process.env.TZ = tz;
    return texts.map((t) => parseDate(t)?.date);
  };
  it('gives the same days in Kiritimati (UTC+14) and Los Angeles (UTC-8)', () => {
    const east = under('Pacific/Kiritimati');
    const west = under('America/Los_Angeles');
    expect(east).toEqual(west);
    expect(east).toEqual(['2023-09-20', '2022-04-09', '2021-05-31', '2026-06-16', '2017-07-18', '2024-01-01']);
  });

  it('reads any written ISO date as that day, in any time zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('Pacific/Kiritimati', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata'),
        fc.constantFrom('', 'T23:59:00Z', ' 00:00:00', 'T00:30:00-11:00'),
        (y, m, d, tz, suffix) => {
          process.env.TZ = tz;
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(parseDate(iso + suffix)?.date).toBe(iso);
          expect(parseDate(new Date(`${iso}T12:00:00Z`))?.date).toBe(iso);
        },
      ),
      { numRuns: 300 },
    );
  });
});
