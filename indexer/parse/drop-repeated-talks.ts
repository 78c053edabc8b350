/**
 * Talks listed twice: in a file of their own and in a schedule or data file beside it.
 */
import type { Problem, TalkRecord } from '../record.ts';
import { problem, type RootContext } from './root-context.ts';

/**
 * A schedule page or data file often repeats talks that also have a file of their
 * own (an "Upcoming talks" table next to the talk posts). Entries of a collection
 * whose date and speaker match a talk from its own file are dropped, with one
 * warning per collection file, so the archive shows each talk once.
 */
export function dropRepeatedTalks(outs: { records: TalkRecord[]; problems: Problem[] }[], ctx: RootContext): void {
  const own = new Set<string>();
  for (const o of outs)
    for (const r of o.records)
      if (r.kind === 'talk' && !r.source.includes('#') && r.date)
        for (const p of r.people) if (p.role === 'speaker') own.add(`${r.date} ${p.key}`);
  if (!own.size) return;
  for (const o of outs) {
    const before = o.records.length;
    const dropped: TalkRecord[] = [];
    o.records = o.records.filter((r) => {
      const repeat =
        r.kind === 'talk' &&
        r.source.includes('#') &&
        !!r.date &&
        r.people.some((p) => p.role === 'speaker' && own.has(`${r.date} ${p.key}`));
      if (repeat) dropped.push(r);
      return !repeat;
    });
    if (!dropped.length) continue;
    const path = dropped[0]!.source.replace(/#\d+$/, '');
    // Problems about dropped entries go with them; one note says why they are gone.
    const gone = new Set(dropped.map((r) => r.source));
    o.problems = o.problems.filter(
      (p) => !gone.has(p.source) && !(p.line !== undefined && dropped.some((r) => r.line === p.line && p.source === path)),
    );
    const all = dropped.length === before ? 'all ' : '';
    o.problems.push(
      problem(
        ctx,
        { source: path },
        'warning',
        `${all}${dropped.length} entr${dropped.length === 1 ? 'y repeats a talk' : 'ies repeat talks'} that ha${dropped.length === 1 ? 's its' : 've their'} own file (same date and speaker): not indexed twice`,
        dropped[0]!.line,
      ),
    );
  }
}
