import { FIELD_NAMES } from './field-names.ts';
import { hasValue } from './field-value.ts';
import { isPlaceholder } from './is-placeholder.ts';
import { toPlainLine } from './to-plain-text.ts';

/** Fields that Jekyll splits on spaces when written as one string. */
const SPLIT_WORDS = new Set(['tags', 'categories', 'category']);

/**
 * Given tags, categories, keywords and interests of a record's (normalised) fields:
 * lower case, deduplicated, in source order. Jekyll's space-separated
 * `categories: news events` and comma lists are split; `set-theory-seminar`
 * reads as `set theory seminar`.
 *
 * @example readTopics({ tags: ['Machine-Learning', 'AI'], categories: 'news events' }) // ['machine learning', 'ai', 'news', 'events']
 */
export function readTopics(f: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of FIELD_NAMES.topics) {
    const v = f[key];
    if (!hasValue(v)) continue;
    const items: string[] = [];
    for (const item of Array.isArray(v) ? v : [v]) {
      if (typeof item !== 'string' && typeof item !== 'number') continue;
      const s = toPlainLine(String(item));
      if (/[,;]/.test(s)) items.push(...s.split(/\s*[,;]\s*/));
      else if (SPLIT_WORDS.has(key) && !Array.isArray(v)) items.push(...s.split(/\s+/));
      else items.push(s);
    }
    for (const raw of items) {
      let t = raw.trim().toLowerCase().replace(/^#/, '');
      if (!t.includes(' ')) t = t.replace(/[-_]+/g, ' ');
      t = t.replace(/\s+/g, ' ').replace(/[.\s]+$/, '');
      if (t && t.length <= 60 && !isPlaceholder(t) && !out.includes(t)) out.push(t);
    }
  }
  return out;
}
