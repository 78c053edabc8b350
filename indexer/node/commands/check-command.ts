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
    const count = (list: 'indexed' | 'reported' | 'skipped') => build.coverage.reduce((n, c) => n + c[list].length, 0);
    const [indexed, reported, skipped] = [count('indexed'), count('reported'), count('skipped')];
    io.out(
      `\n${formatCoverage(coverage)}\n\n${indexed + reported + skipped} files: ${indexed} indexed, ${reported} only reported, ` +
        `${skipped} skipped as not archive content (config, README, excluded); ${errors} errors, ${warnings} warnings\n`,
    );
  }
  if (build.records.length === 0) {
    io.err(`no records found in ${opts.content.join(', ')}\n`);
    return 1;
  }
  return errors > 0 || (opts.strict && warnings > 0) ? 1 : 0;
}
