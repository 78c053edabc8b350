import { loadYaml } from './load-yaml.ts';
import { personFromMap, type PersonLookup } from './read-people.ts';
import type { NameParts } from './name-parts.ts';

/**
 * People of a root's people files (`people.yml`, `members.yaml`, `speakers.json`, …),
 * by the short id the archive uses for them elsewhere: the map key
 * (`ada_l: {name: Ada Lovelace, …}`) or an `id`, `key`, `slug`, `user-id` or
 * `githubid` field. Talk entries name speakers by these ids.
 *
 * @example buildPersonLookup(new Map([['data/people.yaml', { text: 'ada_l:\n  name: Ada Lovelace\n', legacy: false }]]))('ada_l')?.name === 'Ada Lovelace'
 */
export function buildPersonLookup(texts: ReadonlyMap<string, { text: string }>): PersonLookup {
  const people = new Map<string, NameParts>();
  for (const [path, { text }] of texts) {
    if (!/(?:^|\/)[^/]*(?:people|members|speakers|team|persons)[^/]*\.(?:ya?ml|json)$/i.test(path)) continue;
    const r = loadYaml(text.replace(/\r\n?/g, '\n'));
    if (r.ok) collect(r.value, people, undefined);
  }
  return (slug) => people.get(slug) ?? people.get(slug.toLowerCase());
}

const ID_KEYS = ['id', 'key', 'slug', 'user-id', 'user_id', 'githubid', 'username', 'handle'];

function collect(value: unknown, into: Map<string, NameParts>, mapKey: string | undefined, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, into, undefined, depth + 1);
    return;
  }
  const map = value as Record<string, unknown>;
  if (typeof map.name === 'string' || Array.isArray(map.name)) {
    const person = personFromMap(map)[0];
    if (person) {
      if (mapKey && !into.has(mapKey)) into.set(mapKey, person);
      for (const k of ID_KEYS) {
        const id = map[k];
        if (typeof id === 'string' && id.trim() && !into.has(id.trim())) into.set(id.trim(), person);
      }
    }
    return;
  }
  for (const [k, v] of Object.entries(map)) collect(v, into, k, depth + 1);
}
