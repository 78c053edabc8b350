/**
 * Finds the archive's people in a page's text. Pure: takes strings, returns offsets.
 *
 * STUB CONTRACT (the page-highlighting work owns and replaces the body, keeping the
 * signatures): build once from the name dictionary, then `find` on each text chunk.
 */
import type { NameEntry } from '../bundle-format.ts';
import { personKey } from '../people/person-key.ts';

export interface NameMatch {
  /** Offset of the first character in the text given to `find`. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** `NameEntry.key` of the person. */
  key: string;
}

export interface NameMatcher {
  find(text: string): NameMatch[];
}

export function buildNameMatcher(entries: readonly NameEntry[]): NameMatcher {
  const byName = new Map<string, string>();
  for (const e of entries) for (const n of [e.name, ...e.variants]) byName.set(n, e.key);
  return {
    find(text) {
      const out: NameMatch[] = [];
      for (const [name, key] of byName) {
        for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
          out.push({ start: i, end: i + name.length, key });
        }
      }
      void personKey;
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
