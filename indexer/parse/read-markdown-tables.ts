/** One row of a markdown table, keyed by record field names where the header says so. */
export interface TableRow {
  fields: Record<string, string>;
  /** 1-based line of the row. */
  line: number;
}

/**
 * The rows of every pipe table in a markdown page (`Presenter | Date | Topic`
 * schedules, `Name | Position` people lists), cells kept as written (links
 * included, so a linked name gives a homepage). Headers are mapped to field
 * names: speaker/presenter → `speaker`, title/topic/paper → `title`, date/when →
 * `date`, name → `name`, position/role → `position`, affiliation/institution →
 * `affiliation`, abstract/objective/summary → `abstract`; other headers are kept in
 * lower case.
 *
 * @example readMarkdownTables('Name | Position\n---|---\nAda | Chair')[0].fields // { name: 'Ada', position: 'Chair' }
 */
export function readMarkdownTables(text: string): TableRow[] {
  const lines = text.split('\n');
  const rows: TableRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!RULE.test(lines[i]!) || !lines[i - 1]!.includes('|')) continue;
    const headers = cells(lines[i - 1]!).map(headerKey);
    for (let j = i + 1; j < lines.length && lines[j]!.includes('|') && lines[j]!.trim(); j++) {
      const values = cells(lines[j]!);
      const fields: Record<string, string> = {};
      headers.forEach((h, n) => {
        const v = values[n]?.trim();
        if (h && v && !(h in fields)) fields[h] = v;
      });
      if (Object.keys(fields).length) rows.push({ fields, line: j + 1 });
      i = j;
    }
  }
  return rows;
}

const RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
}

function headerKey(raw: string): string {
  const h = raw.trim().toLowerCase().replace(/[*_`]/g, '');
  if (/speaker|presenter|lecturer/.test(h)) return 'speaker';
  if (/title|topic|paper|talk/.test(h)) return 'title';
  if (/^(date|when|day|data)\b/.test(h)) return 'date';
  if (/^(time|hour)\b/.test(h)) return 'time';
  if (/^name\b/.test(h)) return 'name';
  if (/position|role|status/.test(h)) return 'position';
  if (/affiliation|institution|university|organi[sz]ation/.test(h)) return 'affiliation';
  if (/description|bio/.test(h)) return 'description';
  if (/abstract|objective|summary/.test(h)) return 'abstract';
  return h.replace(/\W+/g, '_');
}
