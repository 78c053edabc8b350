/**
 * The popup's recent searches: newest first, no duplicates (ignoring case and
 * spacing), at most `max`. Pure; the popup keeps the list in storage.local.
 *
 * @example addRecentSearch(['b', 'a'], 'A') → ['A', 'b']
 */
export function addRecentSearch(list: readonly string[], query: string, max = 8): string[] {
  const q = query.trim().replace(/\s+/g, ' ');
  if (!q) return list.slice(0, max);
  const norm = q.toLowerCase();
  return [q, ...list.filter((x) => x.trim().replace(/\s+/g, ' ').toLowerCase() !== norm)].slice(0, max);
}

/** Reads a stored value back as a list of strings, whatever was stored. */
export function readRecentSearches(stored: unknown, max = 8): string[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter((x): x is string => typeof x === 'string' && x.trim() !== '').slice(0, max);
}
