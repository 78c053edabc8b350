import { describe, expect, it } from 'vitest';
import { counted } from '../../components/lib/counted.ts';

describe('counted', () => {
  it.each([
    ['0 talks', 0, 'talk', undefined],
    ['1 talk', 1, 'talk', undefined],
    ['2 talks', 2, 'talk', undefined],
    ['1 close match', 1, 'close match', 'close matches'],
    ['3 close matches', 3, 'close match', 'close matches'],
    ['1 more talk', 1, 'more talk', 'more talks'],
  ])('%s', (label, n, one, many) => {
    expect(counted(n, one, many)).toBe(label);
  });
});
