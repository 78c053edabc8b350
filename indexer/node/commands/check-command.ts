/** `talkscope check`: validation only; the problems, then how complete each kind is. */
import { formatProblem } from '../../record.ts';
import { fieldCoverage, formatCoverage } from '../../report/field-coverage.ts';
import { buildArchive } from '../build-archive.ts';
import type { CliIo } from '../cli-io.ts';

export async function checkCommand(opts: { content: string[]; json: boolean; strict: boolean }, io: CliIo): Promise<number> {
  const build = await buildArchive({ roots: opts.content });
  const coverage = fieldCoverage(build.records);
  const { errors, warnings } = build.info.problems;
  if (opts.json) {
    io.out(
      JSON.stringify({ problems: build.problems, coverage, counts: build.info.counts, files: build.coverage }, null, 2) + '\n',
    );
  } else {
    for (const p of build.problems) io.out(formatProblem(p) + '\n');
    const files = build.coverage.reduce((n, c) => n + c.indexed.length + c.reported.length, 0);
    const reported = build.coverage.reduce((n, c) => n + c.reported.length, 0);
    io.out(
      `\n${formatCoverage(coverage)}\n\n${files} files: ${files - reported} indexed, ${reported} only reported; ${errors} errors, ${warnings} warnings\n`,
    );
  }
  if (build.records.length === 0) {
    io.err(`no records found in ${opts.content.join(', ')}\n`);
    return 1;
  }
  return errors > 0 || (opts.strict && warnings > 0) ? 1 : 0;
}
