/** Reads a bundle written by `talkscope index`. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_FILES } from '../../bundle-format.ts';
import type { TalkRecord } from '../../record.ts';
import { UserError } from '../user-error.ts';

export async function loadBundle(dir: string | undefined): Promise<{ records: TalkRecord[]; indexText: string }> {
  if (!dir) throw new UserError('needs --index DIR (a folder written by `talkscope index`)');
  const read = (name: string) =>
    readFile(join(dir, name), 'utf8').catch(() => {
      throw new UserError(`${join(dir, name)}: not found; is ${dir} a folder written by \`talkscope index\`?`);
    });
  const [recordsText, indexText] = await Promise.all([read(BUNDLE_FILES.records), read(BUNDLE_FILES.index)]);
  return { records: JSON.parse(recordsText) as TalkRecord[], indexText };
}
