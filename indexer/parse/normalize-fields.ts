import { normalizeKey } from './read-people.ts';
import type { FieldTarget } from './root-config.ts';
import { hasValue } from './field-value.ts';

/**
 * A record's fields with their names normalised (`normalizeKey`) and the root
 * config's `fields:` renames applied: a renamed field wins over a same-named one,
 * `ignore` drops it. Of two names that normalise alike, the one with a value wins.
 *
 * @example normalizeFields({ 'Speaker-Name': 'Ada', quem: 'Bo' }, { quem: 'speaker' }) // { speaker_name: 'Ada', speakers: 'Bo' }
 */
export function normalizeFields(fields: Record<string, unknown>, map?: Record<string, FieldTarget>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    const key = normalizeKey(k);
    if (!(key in out) || hasValue(v)) out[key] = v;
  }
  if (map) {
    for (const [src, target] of Object.entries(map)) {
      if (!(src in out)) continue;
      const v = out[src];
      delete out[src];
      if (target !== 'ignore') out[TARGET_KEY[target]] = v;
    }
  }
  return out;
}

const TARGET_KEY: Record<Exclude<FieldTarget, 'ignore'>, string> = {
  title: 'talk_title',
  speaker: 'speakers',
  author: 'author',
  editor: 'editor',
  host: 'host',
  subject: 'name',
  affiliation: 'speaker_affiliation',
  homepage: 'speaker_website',
  position: 'position',
  date: 'event_date',
  time: 'hour',
  location: 'talk_location',
  online: 'zoom',
  summary: 'oneline_description',
  abstract: 'abstract',
  bio: 'bio',
  body: 'content',
  topics: 'tags',
  link: 'external_url',
  image: 'image',
};
