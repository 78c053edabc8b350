/**
 * The `talkscope` command line: index, check, search and list a talk archive.
 * `main` takes the arguments and an io so tests run it in-process.
 */
import { parseArgs } from 'node:util';
import { checkCommand } from './commands/check-command.ts';
import { indexCommand } from './commands/index-command.ts';
import { listCommand } from './commands/list-command.ts';
import { searchCommand } from './commands/search-command.ts';
import { processIo, type CliIo } from './cli-io.ts';
import { UserError } from './user-error.ts';

export const USAGE = `Usage: talkscope <command> [options]

Commands:
  index  --content DIR [--content DIR ...] --out DIR [--strict] [--quiet]
         Build the index from one or more content roots (one series per root).
  check  --content DIR [--content DIR ...] [--json] [--strict]
         Validate only: print every problem as path:line, then how many records
         of each kind have a title, people, a date and an abstract.
  search --index DIR [--json] [--limit N] [--kind talk|news|profile] QUERY
  search --index DIR --batch [--limit N] [--kind K]   (one query per stdin line, one JSON array per line)
  list   --index DIR [--json]
         Every record, one per line.

Options:
  --strict   warnings fail too (index then writes nothing)
  --quiet    print errors only, not warnings
  -h, --help this text
`;

const OPTIONS = {
  content: { type: 'string', multiple: true },
  out: { type: 'string' },
  index: { type: 'string' },
  json: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  batch: { type: 'boolean', default: false },
  limit: { type: 'string' },
  kind: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs one command; resolves to the process exit code. Never throws for a user's mistake. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    const [command, ...rest] = positionals;
    if (values.help || command === 'help') {
      io.out(USAGE);
      return 0;
    }
    const content = values.content ?? [];
    const needContent = () => {
      if (content.length === 0) throw new UserError(`${command} needs --content DIR (a folder with talks/, news/, profiles/)`);
    };
    const noQuery = () => {
      if (rest.length) throw new UserError(`${command} takes no positional argument, got "${rest.join(' ')}"`);
    };
    switch (command) {
      case 'index':
        needContent();
        noQuery();
        return await indexCommand({ content, out: values.out, strict: values.strict, quiet: values.quiet }, io);
      case 'check':
        needContent();
        noQuery();
        return await checkCommand({ content, json: values.json, strict: values.strict }, io);
      case 'search':
        return await searchCommand(
          {
            index: values.index,
            json: values.json,
            batch: values.batch,
            limit: parseLimit(values.limit),
            kind: values.kind,
            query: rest.join(' '),
          },
          io,
        );
      case 'list':
        noQuery();
        return await listCommand({ index: values.index, json: values.json }, io);
      case undefined:
        io.err(USAGE);
        return 2;
      default:
        throw new UserError(`unknown command "${command}" (expected index, check, search or list)`);
    }
  } catch (error) {
    if (error instanceof UserError || isParseArgsError(error)) {
      io.err(`talkscope: ${(error as Error).message}\nRun \`talkscope --help\` for usage.\n`);
      return 2;
    }
    throw error;
  }
}

function parseLimit(text: string | undefined): number {
  if (text === undefined) return 10;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`--limit ${text}: expected a whole number from 1`);
  return n;
}

/** node:util parseArgs reports an unknown flag or a missing value as a TypeError with an ERR_PARSE_ARGS_* code. */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
