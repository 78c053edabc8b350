import { cleanPersonName, splitNames, type NameParts } from './name-parts.ts';
import { toPlainLine } from './to-plain-text.ts';
import { safeUrl } from './safe-url.ts';

/** Looks a person up by the short id an archive uses for them (`ada_l` in a talk's `speakers: [ada_l]`). */
export type PersonLookup = (slug: string) => NameParts | undefined;

const AFFILIATION_KEYS = [
  'affiliation',
  'affil',
  'affiliations',
  'institution',
  'org',
  'organization',
  'organisation',
  'university',
  'academic_institution',
  'company',
  'institute',
  'department',
];
const HOMEPAGE_KEYS = ['url', 'homepage', 'website', 'webpage', 'web', 'link', 'page', 'profile', 'personal_page'];

/**
 * Every person a field value names: a string ("A and B", "Name (Affiliation)"),
 * a list of strings or maps, a map `{name, affiliation|affil|institution, url|homepage|website}`,
 * `name: [last, first, middle]`, first/last and given/family parts, or slugs
 * resolved with `lookup`. Placeholders ("TBA") give nobody.
 *
 * @example readPeople({ name: ['Lovelace', 'Ada'], affiliation: 'HCDE' }) // [{ name: 'Ada Lovelace', affiliation: 'HCDE' }]
 */
export function readPeople(value: unknown, lookup?: PersonLookup): NameParts[] {
  if (value === null || value === undefined || value === false) return [];
  if (typeof value === 'string') {
    const slug = value.trim();
    const known = lookup && /^[\w.-]+$/.test(slug) ? lookup(slug) : undefined;
    if (known) return [known];
    if (lookup && /^[a-z0-9]+(?:[_-][a-z0-9]+)+$/.test(slug)) {
      const guessed = cleanPersonName(
        slug
          .split(/[_-]/)
          .map((w) => w[0]!.toUpperCase() + w.slice(1))
          .join(' '),
      );
      return guessed ? [{ name: guessed }] : [];
    }
    return splitNames(value);
  }
  if (typeof value === 'number') return [];
  if (Array.isArray(value)) {
    // `name: [last, first, middle]` arrives here as a list of plain words.
    return value.flatMap((v) => readPeople(v, lookup));
  }
  if (typeof value === 'object') return personFromMap(value as Record<string, unknown>, lookup);
  return [];
}

/** A person from a map of fields, or nobody when it names no one. */
export function personFromMap(map: Record<string, unknown>, lookup?: PersonLookup): NameParts[] {
  const f = normalizedKeys(map);
  let name: string | undefined;
  const raw = f.name ?? f.full_name ?? f.display_name;
  if (Array.isArray(raw)) {
    const words = raw.filter((w): w is string => typeof w === 'string' && !!w.trim());
    const [last, ...rest] = words;
    name = last ? cleanPersonName([...rest, last].join(' ')) : undefined;
  } else if (typeof raw === 'string') {
    const parts = splitNames(raw);
    if (parts.length > 1) return parts;
    name = parts[0]?.name;
    if (parts[0]?.affiliation && !firstString(f, AFFILIATION_KEYS)) f.affiliation = parts[0].affiliation;
  } else {
    const first = firstString(f, ['first', 'first_name', 'firstname', 'given', 'given_name', 'forename']);
    const last = firstString(f, ['last', 'last_name', 'lastname', 'family', 'family_name', 'surname']);
    if (first || last) name = cleanPersonName([first, last].filter(Boolean).join(' '));
    else if (typeof f.title === 'string' && Object.keys(f).length <= 6) name = cleanPersonName(f.title);
    else if (lookup && typeof (f.key ?? f.id) === 'string') return readPeople(f.key ?? f.id, lookup);
  }
  if (!name) return [];
  const person: NameParts = { name };
  const affiliation = firstString(f, AFFILIATION_KEYS);
  if (affiliation) person.affiliation = toPlainLine(affiliation);
  const homepage = HOMEPAGE_KEYS.map((k) => safeUrl(f[k])).find(Boolean);
  if (homepage) person.homepage = homepage;
  return [person];
}

function normalizedKeys(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(map)) out[normalizeKey(k)] = v;
  return out;
}

/** `Speaker-Name` → `speaker_name`, `datePrague` → `dateprague`: how field names are compared. */
export function normalizeKey(key: string): string {
  let k = KEYS.get(key);
  if (k === undefined) {
    k = key
      .trim()
      .toLowerCase()
      .replace(/[\s.-]+/g, '_')
      .replace(/[^\p{L}\p{N}_]/gu, '');
    if (KEYS.size < 10_000) KEYS.set(key, k);
  }
  return k;
}

// Archives repeat the same few dozen field names thousands of times.
const KEYS = new Map<string, string>();

function firstString(f: Record<string, unknown>, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = f[k];
    if (typeof v === 'string' && v.trim()) return v;
    if (Array.isArray(v) && typeof v[0] === 'string' && v[0].trim()) return v.filter((x) => typeof x === 'string').join(', ');
  }
  return undefined;
}
