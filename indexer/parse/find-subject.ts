import { personKey } from '../people/person-key.ts';

/**
 * The person an article is about: among the capitalised two- or three-word names
 * of the text, the one whose surname is repeated most ("Marzyeh Ghassemi … Ghassemi
 * says … Ghassemi's work"), with a bonus when the headline names them. Names in
 * `exclude` (the byline's author) are skipped. Undefined when no name is repeated.
 *
 * @example findSubject('Ada Lovelace wrote notes.', 'Lovelace was first. Lovelace saw it.') === 'Ada Lovelace'
 */
export function findSubject(headline: string, text: string, exclude: readonly string[] = []): string | undefined {
  const excluded = new Set(exclude.map(personKey));
  const candidates = new Map<string, { name: string; score: number }>();
  const all = `${headline}\n${text}`;
  for (const m of all.matchAll(NAME)) {
    const name = m[0].replace(/[’']s$/, '');
    const words = name.split(' ');
    if (STOP.has(words[0]!) || words.some((w) => STOP_ANY.has(w))) continue;
    const key = personKey(name);
    if (excluded.has(key)) continue;
    const c = candidates.get(key) ?? { name, score: 0 };
    c.score += 2;
    candidates.set(key, c);
  }
  let best: { name: string; score: number } | undefined;
  for (const c of candidates.values()) {
    const surname = c.name.split(' ').pop()!;
    const re = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    c.score += (text.match(re)?.length ?? 0) + (headline.includes(c.name) ? 5 : 0);
    if (!best || c.score > best.score) best = c;
  }
  return best && best.score >= 4 ? best.name : undefined;
}

const NAME =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\.)?(?: (?:van |de |von |del |da )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?![\p{L}])/gu;
const STOP = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'For',
  'And',
  'But',
  'When',
  'While',
  'During',
  'As',
  'After',
  'Before',
  'Today',
  'Her',
  'His',
  'Their',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'We',
  'She',
  'He',
  'They',
  'Growing',
  'Having',
  'Regarding',
  'Unless',
  'If',
  'Sometimes',
  'One',
  'Department',
  'Professor',
  'Dr',
  'Prof',
  'Computer',
  'Data',
  'Machine',
  'New',
  'United',
  'Institute',
  'Laboratory',
  'University',
  'School',
  'College',
  'Center',
  'Centre',
  'Honors',
]);
const STOP_ANY = new Set([
  'University',
  'Institute',
  'Laboratory',
  'Department',
  'College',
  'School',
  'Science',
  'Sciences',
  'Engineering',
  'Center',
  'Centre',
  'Hospital',
  'Mexico',
  'State',
  'Street',
  'Esplanade',
  'Security',
  'Scholar',
  'Scholarship',
  'Oxford',
  'Cambridge',
  'Texas',
  'Persian',
  'Rumi',
]);
