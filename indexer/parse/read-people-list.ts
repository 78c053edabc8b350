/** One person of a markdown list, as fields for `buildRecord`, with the line. */
export interface ListedPerson {
  fields: Record<string, string>;
  line: number;
}

/**
 * The people of a markdown page that lists them one per bullet, as lab alumni
 * pages do: `* [Ada Lovelace](https://ada.org) (Analytical Society), PhD 1843`
 * gives a name, a homepage, an affiliation and a position ("PhD 1843"); the
 * heading above a list (`### Postdocs`) is the position when the item has none.
 * Bullets that do not start with a name (a link to a paper, a sentence) are skipped.
 *
 * @example readPeopleList('### PhD\n* [Ada Lovelace](https://ada.org), PhD 1843')[0].fields // { name: 'Ada Lovelace', url: 'https://ada.org', position: 'PhD 1843' }
 */
export function readPeopleList(text: string): ListedPerson[] {
  const out: ListedPerson[] = [];
  let heading = '';
  text.split('\n').forEach((line, i) => {
    const h = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) {
      heading = h[1]!.replace(/[*_`]/g, '').trim();
      return;
    }
    const m = ITEM.exec(line);
    if (!m) return;
    const name = (m[1] ?? m[3] ?? '').trim();
    if (!/^\p{Lu}[\p{L}.'’-]*(?:\s+[\p{Lu}(][\p{L}.'’()-]*){1,4}$/u.test(name)) return;
    const fields: Record<string, string> = { name };
    if (m[2]) fields.url = m[2];
    if (m[4]) fields.affiliation = m[4].trim();
    const position = m[5]?.trim() || heading;
    if (position) fields.position = position;
    out.push({ fields, line: i + 1 });
  });
  return out;
}

// "* [Name](url) (Affiliation), position" or "* Name Surname, position".
const ITEM =
  /^\s*[-*+]\s+(?:\[([^\]\n]{3,60})\]\((https?:[^)\s]+)\)|([\p{Lu}][\p{L}.'’ ()-]{2,60}?))\s*(?:\(([^()\n]{2,80})\))?\s*(?:,\s*(.{1,80}))?\s*$/u;
