import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zoneObservances, type Observance } from '../../components/lib/zone-observances.ts';

describe('zoneObservances', () => {
  const block = (kind: Observance['kind'], start: string, from: string, to: string): Observance => ({ kind, start, from, to });
  it.each<[string, number, Observance[]]>([
    [
      'America/New_York',
      2024,
      [
        block('STANDARD', '20231105T020000', '-0400', '-0500'),
        block('DAYLIGHT', '20240310T020000', '-0500', '-0400'),
        block('STANDARD', '20241103T020000', '-0400', '-0500'),
      ],
    ],
    [
      'Europe/Paris',
      2024,
      [
        block('STANDARD', '20231029T030000', '+0200', '+0100'),
        block('DAYLIGHT', '20240331T020000', '+0100', '+0200'),
        block('STANDARD', '20241027T030000', '+0200', '+0100'),
      ],
    ],
    // southern hemisphere: summer time spans the new year
    [
      'Australia/Sydney',
      2024,
      [
        block('DAYLIGHT', '20231001T020000', '+1000', '+1100'),
        block('STANDARD', '20240407T030000', '+1100', '+1000'),
        block('DAYLIGHT', '20241006T020000', '+1000', '+1100'),
      ],
    ],
    // no DST, and a half-hour offset
    ['Asia/Kolkata', 2024, [block('STANDARD', '19700101T000000', '+0530', '+0530')]],
    // DST abolished in 2019
    ['America/Sao_Paulo', 2023, [block('STANDARD', '19700101T000000', '-0300', '-0300')]],
  ])('%s in %i', (zone, year, expected) => {
    expect(zoneObservances(zone, year)).toEqual(expected);
  });

  it('chains its offsets and covers the whole year, for any zone the platform knows', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 1990, max: 2040 }), (zone, year) => {
        const blocks = zoneObservances(zone, year);
        expect(blocks[0]!.start <= `${year}0101T000000`).toBe(true);
        for (const [i, b] of blocks.entries()) {
          if (i > 0) expect([b.from, b.start > blocks[i - 1]!.start]).toEqual([blocks[i - 1]!.to, true]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
