/** `talkscope list`: every record of a built index. */
import type { CliIo } from '../cli-io.ts';
import { loadBundle } from './load-index.ts';

export async function listCommand(opts: { index?: string; json: boolean }, io: CliIo): Promise<number> {
  const { records } = await loadBundle(opts.index);
  for (const r of records) {
    io.out(opts.json ? JSON.stringify(r) + '\n' : `${r.id}\t${r.kind}\t${r.date ?? ''}\t${r.title}\n`);
  }
  return 0;
}
