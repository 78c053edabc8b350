/**
 * How complete the archive is: per kind, how many records have a title, people,
 * a date and an abstract. The `check` command prints it as a table.
 */
import { KINDS, type Kind, type TalkRecord } from '../record.ts';

export interface CoverageRow {
  kind: Kind;
  records: number;
  title: number;
  people: number;
  date: number;
  abstract: number;
}

/** One row per kind, in `KINDS` order, kinds with no record included (as zeros). */
export function fieldCoverage(records: readonly TalkRecord[]): CoverageRow[] {
  return KINDS.map((kind) => {
    const of = records.filter((r) => r.kind === kind);
    const count = (has: (r: TalkRecord) => boolean) => of.filter(has).length;
    return {
      kind,
      records: of.length,
      title: count((r) => r.title.trim() !== ''),
      people: count((r) => r.people.length > 0),
      date: count((r) => !!r.date),
      abstract: count((r) => !!(r.abstract || (r.kind === 'profile' && r.bio))),
    };
  });
}

/**
 * A plain-text table, one line per kind plus a total, with percentages:
 *
 * ```
 * kind      records  title        people       date         abstract
 * talk          120  120 (100%)   118  (98%)   ...
 * ```
 */
export function formatCoverage(rows: readonly CoverageRow[]): string {
  const total = rows.reduce(
    (t, r) => ({
      ...t,
      records: t.records + r.records,
      title: t.title + r.title,
      people: t.people + r.people,
      date: t.date + r.date,
      abstract: t.abstract + r.abstract,
    }),
    { kind: 'all', records: 0, title: 0, people: 0, date: 0, abstract: 0 },
  );
  const cell = (n: number, of: number) => `${n} (${of ? Math.round((100 * n) / of) : 0}%)`.padEnd(14);
  const lines = [
    `${'kind'.padEnd(9)}${'records'.padStart(7)}  ${'title'.padEnd(14)}${'people'.padEnd(14)}${'date'.padEnd(14)}abstract/bio`,
  ];
  for (const r of [...rows, total]) {
    lines.push(
      `${r.kind.padEnd(9)}${String(r.records).padStart(7)}  ${cell(r.title, r.records)}${cell(r.people, r.records)}${cell(r.date, r.records)}${cell(r.abstract, r.records).trimEnd()}`,
    );
  }
  return lines.join('\n');
}
