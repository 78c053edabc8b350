/** The bundle's build information, as the archive's home page shows it. */
import { describe, expect, it } from 'vitest';
import { BUNDLE_FILES } from '../../indexer/bundle-format.ts';
import { buildBundle } from '../../indexer/emit/build-bundle.ts';
import type { TalkRecord } from '../../indexer/record.ts';
import { makeRecord } from '../support/make-record.ts';

const info = (records: TalkRecord[]) =>
  JSON.parse(
    buildBundle({ records, problems: [], roots: [], contentHash: 'x', files: records.length }).files[BUNDLE_FILES.info]!,
  );

describe('buildBundle: the newest entry', () => {
  it.each([
    [
      'the newest date of all',
      [makeRecord({ id: 'a', date: '2024-05-01' }), makeRecord({ id: 'b', date: '2025-01-02' })],
      '2025-01-02',
    ],
    [
      "next year's placeholders are no entry yet",
      [makeRecord({ id: 'a', date: '2025-01-02' }), makeRecord({ id: 'b', title: 'TBD', date: '2027-09-29', placeholder: true })],
      '2025-01-02',
    ],
    ['none without dates', [makeRecord({ id: 'a' })], undefined],
  ])('%s', (_, records, expected) => {
    expect(info(records).newestDate).toBe(expected);
  });
});

describe('buildBundle: the years records are dated in', () => {
  it.each([
    [
      'each once, newest first',
      ['2023-09-20', '2025-01-02', '2023-01-05', undefined].map((date, i) =>
        makeRecord({ id: `r${i}`, ...(date ? { date } : {}) }),
      ),
      ['2025', '2023'],
    ],
    ['none without dates', [makeRecord({ id: 'a' })], undefined],
  ])('%s', (_, records, years) => {
    expect(info(records).years).toEqual(years);
  });
});
