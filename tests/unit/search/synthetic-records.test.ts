import { describe, expect, it } from 'vitest';
import { makeSyntheticRecords } from '../../bench/synthetic-records.ts';
import { makeKnownItemQueries, oneTypo } from '../../eval/known-item-queries.ts';

describe('makeSyntheticRecords', () => {
  it('gives the same records for the same seed, others for another', () => {
    expect(makeSyntheticRecords(200, 7)).toEqual(makeSyntheticRecords(200, 7));
    expect(makeSyntheticRecords(200, 8)).not.toEqual(makeSyntheticRecords(200, 7));
  });

  it('makes records of every kind, with unique ids, dates, names and a few placeholders', () => {
    const records = makeSyntheticRecords(2000, 1);
    expect(records).toHaveLength(2000);
    expect(new Set(records.map((r) => r.id)).size).toBe(2000);
    expect(new Set(records.map((r) => r.kind))).toEqual(new Set(['talk', 'news', 'profile']));
    expect(records.every((r) => r.title)).toBe(true);
    expect(records.filter((r) => r.kind !== 'profile').every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date ?? ''))).toBe(true);
    expect(records.filter((r) => r.placeholder).length).toBeGreaterThan(0);
    expect(records.some((r) => r.people.some((p) => /[\u0080-\uffff]/.test(p.name)))).toBe(true);
  });
});

describe('the evaluation’s known-item queries', () => {
  const cases: [string, number][] = [
    ['Hartvigsen', 0],
    ['Hartvigsen', 1],
    ['Hartvigsen', 256],
    ['Erdős', 3],
  ];
  it.each(cases)('oneTypo(%j, %i) makes exactly one edit and keeps the first letter', (word, h) => {
    const typo = oneTypo(word, h);
    expect(typo).not.toBe(word);
    expect(typo[0]).toBe(word[0]);
    expect(Math.abs(typo.length - word.length)).toBeLessThanOrEqual(1);
  });

  it('are the same for the same records, and always count their own record as correct', () => {
    const records = makeSyntheticRecords(300, 3);
    const queries = makeKnownItemQueries(records, 10);
    expect(makeKnownItemQueries([...records].reverse(), 10)).toEqual(queries);
    expect(queries.length).toBeGreaterThan(30);
    for (const q of queries) expect(q.correct.has(q.target)).toBe(true);
  });
});
