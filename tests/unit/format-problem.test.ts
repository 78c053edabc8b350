import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../indexer/record.ts';

describe('formatProblem', () => {
  const cases: [Partial<Problem>, string][] = [
    [{ root: 'content', source: 'talks/a.md', line: 3 }, 'content/talks/a.md:3: error: bad'],
    [{ root: 'content/', source: 'talks/a.md' }, 'content/talks/a.md: error: bad'],
    [{ root: '.', source: 'data/talks.yml#4', line: 40 }, 'data/talks.yml:40: error: bad'],
  ];
  it.each(cases)('%o → %s', (p, expected) => {
    expect(formatProblem({ severity: 'error', message: 'bad', root: '', source: '', ...p })).toBe(expected);
  });
});
