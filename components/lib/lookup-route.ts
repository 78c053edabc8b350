/**
 * Where a context-menu lookup of selected text goes: the person's page when the
 * selection names exactly one person of the archive, the search results otherwise.
 * Pure.
 */
import type { NameEntry } from '../../indexer/bundle-format.ts';
import { personKey } from '../../indexer/people/person-key.ts';
import { formatRoute, searchHash } from './parse-route.ts';

/** The archive page hash for a selection; `undefined` when the selection is blank. */
export function lookupHash(selection: string, names: readonly NameEntry[]): string | undefined {
  const text = selection.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const person = findPerson(text, names);
  return person ? formatRoute({ view: 'person', key: person.key }) : searchHash(text.slice(0, 200));
}

/** The one person whose name or a known variant the text is, if exactly one is. */
export function findPerson(text: string, names: readonly NameEntry[]): NameEntry | undefined {
  const key = personKey(text);
  // A single word is a first name or a surname, never enough to say who.
  if (!key || !key.includes(' ') || text.length > 80) return undefined;
  const direct = names.find((n) => n.key === key);
  if (direct) return direct;
  const byVariant = names.filter((n) => n.variants.some((v) => personKey(v) === key));
  return byVariant.length === 1 ? byVariant[0] : undefined;
}
