import { describe, expect, it } from 'vitest';
import { stampBuildDate } from '../../indexer/emit/stamp-build-date.ts';

describe('stampBuildDate', () => {
  const info = JSON.stringify({ format: 1, contentHash: 'abc' });
  it.each<[string, Date, string | undefined, string]>([
    ['the UTC day of now', new Date('2026-11-22T23:30:00Z'), undefined, '2026-11-22'],
    ['SOURCE_DATE_EPOCH wins, for reproducible packages', new Date('2026-11-22T10:00:00Z'), '1700000000', '2023-11-14'],
    ['a SOURCE_DATE_EPOCH that is no number is ignored', new Date('2026-01-02T00:00:00Z'), 'yesterday', '2026-01-02'],
  ])('%s', (_, now, epoch, day) => {
    const out = JSON.parse(stampBuildDate(info, now, epoch));
    expect(out).toEqual({ format: 1, contentHash: 'abc', builtAt: day });
  });
});
