/** Runs the `talkscope` command line in-process and captures what it prints. */
import { main } from '../../indexer/node/cli.ts';

export async function runCli(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => void (out += t), err: (t) => void (err += t), readStdin: async () => stdin });
  return { code, out, err };
}
