/** A body split where it marks its sections. */
export interface Sections {
  /** Text before the first marker, and any text the markers do not claim. */
  body?: string;
  abstract?: string;
  bio?: string;
  /** True when the text had at least one abstract or bio marker. */
  marked: boolean;
}

/**
 * Splits plain text (the output of `toPlainText`) into abstract, bio and the rest,
 * where a line starts a section: "Abstract", "Abstract:", "Abstract: text…",
 * "Bio", "Biography", "Speaker bio", "About the speaker", "Resumo", "Résumé".
 * A section runs until the next marker. Without markers everything is `body`.
 *
 * @example splitSections('Abstract\n\nA talk.\n\nBio\n\nA person.') // { abstract: 'A talk.', bio: 'A person.', marked: true }
 */
export function splitSections(text: string): Sections {
  const parts: Record<'body' | 'abstract' | 'bio', string[]> = { body: [], abstract: [], bio: [] };
  let current: 'body' | 'abstract' | 'bio' = 'body';
  let marked = false;
  for (const line of text.split('\n')) {
    const m = MARKER.exec(line);
    if (m && (m[2] === undefined || m[2] === '' || m[1] !== undefined)) {
      const word = (m[1] ?? m[3] ?? '').toLowerCase();
      current = BIO_WORDS.test(word) ? 'bio' : 'abstract';
      marked = true;
      const rest = (m[2] ?? '').trim();
      if (rest) parts[current].push(rest);
      continue;
    }
    parts[current].push(line);
  }
  const join = (lines: string[]) =>
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() || undefined;
  const out: Sections = { marked };
  const body = join(parts.body);
  const abstract = join(parts.abstract);
  const bio = join(parts.bio);
  if (body) out.body = body;
  if (abstract) out.abstract = abstract;
  if (bio) out.bio = bio;
  return out;
}

const WORDS =
  'abstract|abtract|talk abstract|short abstract|extended abstract|long abstract|summary|resumo|résumé|resumen|riassunto|zusammenfassung|bio|biography|short bio|speaker bio|speaker biography|bio of the speaker|about the speaker|biografia|biographie|biosketch';
// Either "Word:" with optional text after, or the word alone on its line.
const MARKER = new RegExp(`^\\s*(?:(${WORDS})\\s*[:：]\\s*(.*)|(${WORDS})\\s*\\.?\\s*)$`, 'i');
const BIO_WORDS = /bio|about/i;
