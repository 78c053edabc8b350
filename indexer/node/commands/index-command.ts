/** `talkscope index`: build the bundle from content roots and write it. */
import { formatProblem } from '../../record.ts';
import { buildArchive } from '../build-archive.ts';
import type { CliIo } from '../cli-io.ts';
import { writeBundle } from '../write-bundle.ts';
import { UserError } from '../user-error.ts';

export async function indexCommand(
  opts: { content: string[]; out?: string; strict: boolean; quiet: boolean },
  io: CliIo,
): Promise<number> {
  if (!opts.out) throw new UserError('index needs --out DIR (where to write the index)');
  const build = await buildArchive({ roots: opts.content });
  for (const p of build.problems) if (!opts.quiet || p.severity === 'error') io.err(formatProblem(p) + '\n');
  const { errors, warnings } = build.info.problems;
  if (build.records.length === 0) {
    io.err(
      `no records found in ${opts.content.join(', ')}: expected talks/, news/ or profiles/ folders with .md, .html, .txt, .yml or .json files\n`,
    );
    return 1;
  }
  if (opts.strict && errors + warnings > 0) {
    io.err(`--strict: ${errors} errors, ${warnings} warnings; nothing written\n`);
    return 1;
  }
  await writeBundle(opts.out, build.files);
  const c = build.info.counts;
  io.out(
    `indexed ${c.records} records (${c.talk} talks, ${c.news} news, ${c.profile} profiles, ${c.people} people) ` +
      `from ${c.files} files in ${Math.round(build.timings.total)} ms → ${opts.out}\n` +
      `${errors} errors, ${warnings} warnings\n`,
  );
  return errors > 0 ? 1 : 0;
}
