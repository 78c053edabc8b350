/**
 * Turns every file of one content root into records, or into located problems.
 *
 * STUB CONTRACT: the parsing work owns indexer/parse/ and replaces this body,
 * keeping the signature. Pure: bytes in, records and problems out.
 */
import matter from 'gray-matter';
import type { Problem, TalkRecord } from '../record.ts';
import { personKey } from '../people/person-key.ts';

/** One file under a content root, as read from disk. */
export interface SourceFile {
  /** Path relative to the root, `/`-separated. */
  path: string;
  bytes: Uint8Array;
}

export interface RootResult {
  /** The series name: from the root's config, else the root folder's name. */
  series: string;
  /** Records with `related: []`; ids unique within the root. */
  records: TalkRecord[];
  problems: Problem[];
  /** Files that became at least one record, and files only reported. Every file is in one of them. */
  indexed: string[];
  reported: string[];
}

/**
 * @param root the content root as the user gave it (kept in records and problems)
 * @param files every file under the root, the config file included
 */
export function parseRoot(root: string, files: readonly SourceFile[]): RootResult {
  const series = root.replace(/\/+$/, '').split('/').pop() || root;
  const records: TalkRecord[] = [];
  const problems: Problem[] = [];
  const indexed: string[] = [];
  const reported: string[] = [];
  for (const file of files) {
    const kindFolder = file.path.split('/')[0];
    const kind = kindFolder === 'talks' ? 'talk' : kindFolder === 'news' ? 'news' : kindFolder === 'profiles' ? 'profile' : undefined;
    const text = new TextDecoder().decode(file.bytes);
    if (!kind) {
      problems.push({ severity: 'warning', root, source: file.path, message: 'not in talks/, news/ or profiles/: skipped' });
      reported.push(file.path);
      continue;
    }
    const { data, content } = matter(text);
    const title = String(data.title ?? content.trim().split('\n')[0] ?? '').trim();
    const speaker = typeof data.author === 'string' ? data.author : undefined;
    records.push({
      id: `${series}/${file.path}`,
      kind,
      title,
      people: speaker ? [{ name: speaker, key: personKey(speaker), role: kind === 'talk' ? 'speaker' : 'author' }] : [],
      body: content.trim(),
      topics: [],
      series,
      links: [],
      root,
      source: file.path,
      line: 1,
      related: [],
    });
    indexed.push(file.path);
  }
  return { series, records, problems, indexed, reported };
}
