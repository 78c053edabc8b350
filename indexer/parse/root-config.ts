import type { Kind } from '../record.ts';
import { loadYaml } from './load-yaml.ts';
import { normalizeKey } from './read-people.ts';

/** Record fields a source field can be mapped to with `fields:` in the config. */
export const FIELD_TARGETS = [
  'title',
  'speaker',
  'author',
  'editor',
  'host',
  'subject',
  'affiliation',
  'homepage',
  'position',
  'date',
  'time',
  'location',
  'online',
  'summary',
  'abstract',
  'bio',
  'body',
  'topics',
  'link',
  'image',
  'ignore',
] as const;
/** One record field a config `fields:` entry can point at. */
export type FieldTarget = (typeof FIELD_TARGETS)[number];

/**
 * The optional per-root config, `talkscope.config.yml` (or `.yaml`, `.json`) at the
 * top of a content root. Every key is optional:
 *
 * ```yaml
 * series: UVA Machine Learning Seminar   # the series name (default: the root folder's name)
 * kind: talk                             # kind of files outside talks/, news/, profiles/
 * folders:                               # first folder of a path → kind
 *   _posts: news
 *   seminars: talk
 *   people: profile
 * fields:                                # source field → record field (see FIELD_TARGETS)
 *   quem: speaker
 *   onde: location
 *   internal_notes: ignore
 * exclude:                               # globs, relative to the root: never read
 *   - drafts/**
 *   - "**\/_template.md"
 * baseUrl: https://uvaml.github.io/      # relative links and images resolve against it
 * dayFirst: true                         # 03/04/2024 is 3 April (default: month first)
 * ```
 */
export interface RootConfig {
  series?: string;
  kind?: Kind;
  folders?: Record<string, Kind>;
  fields?: Record<string, FieldTarget>;
  exclude?: string[];
  baseUrl?: string;
  dayFirst?: boolean;
}

/** File names the config may have, at the top of the root. */
export const CONFIG_FILES = ['talkscope.config.yml', 'talkscope.config.yaml', 'talkscope.config.json'];

const KIND_WORDS: Record<string, Kind> = { talk: 'talk', talks: 'talk', news: 'news', profile: 'profile', profiles: 'profile' };

/**
 * Reads and checks a config file. Unknown keys and bad values are reported with
 * their line and otherwise ignored, so a typo never stops a build.
 *
 * @example readConfig('series: My Seminar\nfields:\n  quem: speaker\n').config // { series: 'My Seminar', fields: { quem: 'speaker' } }
 */
export function readConfig(
  text: string,
  isJson: boolean,
): { config: RootConfig; problems: { line: number; message: string; severity: 'error' | 'warning' }[] } {
  const problems: { line: number; message: string; severity: 'error' | 'warning' }[] = [];
  let raw: unknown;
  if (isJson) {
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return {
        config: {},
        problems: [{ line: 1, severity: 'error', message: `config is not valid JSON: ${(e as Error).message}` }],
      };
    }
  } else {
    const r = loadYaml(text);
    if (!r.ok) return { config: {}, problems: [{ ...r.error, severity: 'error' }] };
    raw = r.value;
  }
  if (raw === null || raw === undefined) return { config: {}, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      config: {},
      problems: [
        {
          line: 1,
          severity: 'error',
          message: 'config must be a map of settings (series, kind, folders, fields, exclude, baseUrl, dayFirst)',
        },
      ],
    };
  }
  const lineOf = (key: string) => {
    const i = text.search(new RegExp(`^\\s*"?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s*:`, 'm'));
    return i < 0 ? 1 : text.slice(0, i).split('\n').length;
  };
  const config: RootConfig = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const bad = (expected: string) =>
      problems.push({
        line: lineOf(key),
        severity: 'warning',
        message: `config "${key}": expected ${expected}, found ${JSON.stringify(value)}`,
      });
    switch (key) {
      case 'series':
        if (typeof value === 'string' && value.trim()) config.series = value.trim();
        else bad('a name');
        break;
      case 'kind':
        if (typeof value === 'string' && KIND_WORDS[value]) config.kind = KIND_WORDS[value];
        else bad('talk, news or profile');
        break;
      case 'folders':
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          config.folders = {};
          for (const [folder, k] of Object.entries(value as Record<string, unknown>)) {
            const kind = typeof k === 'string' ? KIND_WORDS[k] : undefined;
            if (kind) config.folders[folder.replace(/^\/+|\/+$/g, '')] = kind;
            else
              problems.push({
                line: lineOf(folder),
                severity: 'warning',
                message: `config folders.${folder}: expected talk, news or profile, found ${JSON.stringify(k)}`,
              });
          }
        } else bad('a map of folder: kind');
        break;
      case 'fields':
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          config.fields = {};
          for (const [field, t] of Object.entries(value as Record<string, unknown>)) {
            if (typeof t === 'string' && (FIELD_TARGETS as readonly string[]).includes(t))
              config.fields[normalizeKey(field)] = t as FieldTarget;
            else
              problems.push({
                line: lineOf(field),
                severity: 'warning',
                message: `config fields.${field}: expected one of ${FIELD_TARGETS.join(', ')}, found ${JSON.stringify(t)}`,
              });
          }
        } else bad('a map of source field: record field');
        break;
      case 'exclude':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) config.exclude = value as string[];
        else if (typeof value === 'string') config.exclude = [value];
        else bad('a list of globs');
        break;
      case 'baseUrl':
      case 'base_url':
      case 'base':
        if (typeof value === 'string' && /^https?:\/\/\S+$/.test(value))
          config.baseUrl = value.endsWith('/') ? value : `${value}/`;
        else bad('an http(s) address');
        break;
      case 'dayFirst':
      case 'day_first':
        if (typeof value === 'boolean') config.dayFirst = value;
        else bad('true or false');
        break;
      default:
        problems.push({
          line: lineOf(key),
          severity: 'warning',
          message: `config: unknown setting "${key}" (known: series, kind, folders, fields, exclude, baseUrl, dayFirst)`,
        });
    }
  }
  return { config, problems };
}

/**
 * A glob (`*` within a folder, `**` across folders, `?` one character) as a test on
 * root-relative paths. A glob without `/` matches a file name in any folder.
 *
 * @example globMatcher('drafts/**')('drafts/a/b.md') === true
 */
export function globMatcher(glob: string): (path: string) => boolean {
  let g = glob.trim().replace(/^\.\//, '').replace(/^\/+/, '');
  if (!g.includes('/')) g = `**/${g}`;
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      if (g[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const rx = new RegExp(`^${re}(?:/.*)?$`);
  return (path) => rx.test(path);
}
