import { describe, expect, it } from 'vitest';
import { loadYamlEntries } from '../../../indexer/parse/load-yaml-entries.ts';

describe('loadYamlEntries: one bad entry costs only itself', () => {
  it.each([
    [
      'a bad entry between two good ones',
      '- title: A\n- title: [B\n- title: C\n',
      { entries: [{ title: 'A' }, { title: 'C' }], errorLines: [3], text: '- title: A\n\n- title: C\n' },
    ],
    [
      'comments and blank lines between entries',
      '# talks\n- title: A\n  speaker: X\n\n- title: "B\n- title: C\n',
      {
        entries: [{ title: 'A', speaker: 'X' }, { title: 'C' }],
        errorLines: [6],
        text: '# talks\n- title: A\n  speaker: X\n\n\n- title: C\n',
      },
    ],
  ])('%s', (_, text, expected) => {
    const result = loadYamlEntries(text)!;
    expect(result.entries).toEqual(expected.entries);
    expect(result.errors.map((e) => e.line)).toEqual(expected.errorLines);
    expect(result.text).toBe(expected.text);
  });

  it.each([
    ['not a top-level list', 'talks:\n  - title: [A\n'],
    ['a single entry', '- title: [A\n'],
    ['no entry parses', '- title: [A\n- title: [B\n'],
  ])('gives up on %s', (_, text) => {
    expect(loadYamlEntries(text)).toBeUndefined();
  });
});
