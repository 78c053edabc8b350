/**
 * Reads a record's fields by what they mean (`FIELD_NAMES`), whatever each archive calls them,
 * and remembers which it used: the fields left over become links or are ignored. Pure.
 */
import { FIELD_NAMES, type FieldName } from './field-names.ts';
import { hasValue, scalarText } from './field-value.ts';
import { isPlaceholder } from './is-placeholder.ts';
import { safeUrl } from './safe-url.ts';
import { toPlainLine, toPlainText } from './to-plain-text.ts';

export interface FieldReader {
  /** The fields, keys normalised (see `normalizeFields`). */
  readonly f: Record<string, unknown>;
  /** Keys read so far. */
  readonly used: Set<string>;
  /** Values for Liquid `{{ page.x }}` in the texts, when any text has them. */
  readonly vars: Record<string, unknown> | undefined;
  /** The keys present for `name`, most preferred first. */
  keysFor(name: FieldName): string[];
  /** The first present field for `name` (but `skip`), as `[key, value]`; marks it used. */
  get(name: FieldName, skip?: readonly string[]): [string, unknown] | undefined;
  /** That field as one line of plain text; placeholders ("TBA") are none. */
  line(name: FieldName, skip?: readonly string[]): string | undefined;
  /** That field as plain text of paragraphs; placeholders are none. */
  long(name: FieldName): string | undefined;
  /** The first of `keys` holding an http(s) address (relative ones against `base`); marks it used. */
  firstUrl(keys: readonly string[]): string | undefined;
}

/** Each field's names with their rank (0 = preferred). */
const RANKS = Object.fromEntries(
  Object.entries(FIELD_NAMES).map(([name, keys]) => [name, new Map(keys.map((k, i) => [k, i]))]),
) as Record<FieldName, Map<string, number>>;

/**
 * @param f the fields, keys normalised
 * @param vars values for Liquid `{{ page.x }}` in the texts, when any text has them
 * @param base the archive's base address, for relative links
 */
export function fieldReader(f: Record<string, unknown>, vars: Record<string, unknown> | undefined, base?: string): FieldReader {
  const used = new Set<string>();
  // The fields present, looked up by rank: far cheaper than probing every known name.
  const present = Object.keys(f).filter((k) => hasValue(f[k]));
  const found = new Map<FieldName, string[]>();
  const keysFor = (name: FieldName): string[] => {
    let keys = found.get(name);
    if (!keys) {
      const ranks = RANKS[name];
      keys = present.filter((k) => ranks.has(k)).sort((a, b) => ranks.get(a)! - ranks.get(b)!);
      found.set(name, keys);
    }
    return keys;
  };
  const get = (name: FieldName, skip: readonly string[] = []): [string, unknown] | undefined => {
    const key = keysFor(name).find((k) => !skip.includes(k));
    if (key === undefined) return undefined;
    used.add(key);
    return [key, f[key]];
  };
  return {
    f,
    used,
    vars,
    keysFor,
    get,
    line(name, skip = []) {
      const hit = get(name, skip);
      if (!hit) return undefined;
      const s = toPlainLine(scalarText(hit[1]), vars);
      return s && !isPlaceholder(s) ? s : undefined;
    },
    long(name) {
      const hit = get(name);
      if (!hit) return undefined;
      const s = toPlainText(scalarText(hit[1]), { vars });
      return s && !isPlaceholder(s) ? s : undefined;
    },
    firstUrl(keys) {
      for (const key of keys) {
        const url = safeUrl(scalarText(f[key]), base);
        if (url) {
          used.add(key);
          return url;
        }
      }
      return undefined;
    },
  };
}
