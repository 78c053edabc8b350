/** `talkscope search`: the same search core the popup uses, on a built index. */
import { KINDS, type Kind } from '../../record.ts';
import { loadSearchArchive, searchArchive, type Hit, type SearchResponse } from '../../search/search-archive.ts';
import type { CliIo } from '../cli-io.ts';
import { UserError } from '../user-error.ts';
import { loadBundle } from './load-index.ts';

export interface SearchOpts {
  index?: string;
  json: boolean;
  batch: boolean;
  limit: number;
  kind?: string;
  query: string;
}

export async function searchCommand(opts: SearchOpts, io: CliIo): Promise<number> {
  const kinds = parseKinds(opts.kind);
  if (!opts.batch && !opts.query.trim()) throw new UserError('search needs a QUERY (or --batch to read queries from stdin)');
  const { records, indexText } = await loadBundle(opts.index);
  const archive = loadSearchArchive(indexText, records);
  const search = (query: string) => searchArchive(archive, { query, limit: opts.limit, ...(kinds ? { kinds } : {}) });
  const run = (query: string) => search(query).hits;

  if (opts.batch) {
    for (const line of (await io.readStdin()).split(/\r?\n/)) {
      if (line.trim()) io.out(JSON.stringify(run(line).map(toJson)) + '\n');
    }
    return 0;
  }
  const response = search(opts.query);
  if (opts.json) io.out(JSON.stringify(response.hits.map(toJson), null, 2) + '\n');
  else io.out(formatResponse(response) + '\n');
  return 0;
}

function toJson(hit: Hit) {
  return { ...hit.record, score: round(hit.score) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function formatResponse({ hits, total, didYouMean, loosened }: SearchResponse): string {
  const hint = didYouMean ? `did you mean: ${didYouMean}` : '';
  if (hits.length === 0) return ['no results', hint].filter(Boolean).join('; ');
  const lines = hits.map((h, i) => {
    const r = h.record;
    const people = r.people.map((p) => p.name).join(', ');
    const meta = [r.kind, people, r.date, r.series].filter(Boolean).join(' · ');
    return `${String(i + 1).padStart(2)}. ${r.title}\n    ${meta}\n    ${r.root.replace(/\/$/, '')}/${r.source}`;
  });
  const notes = [
    total > hits.length ? `${hits.length} of ${total} results` : '',
    loosened ? 'no exact match; looser matches shown' : '',
    hint,
  ];
  return [...lines, ...notes.filter(Boolean)].join('\n');
}

function parseKinds(kind: string | undefined): Kind[] | undefined {
  if (!kind) return undefined;
  const aliases: Record<string, Kind> = { talks: 'talk', profiles: 'profile', people: 'profile', person: 'profile' };
  return kind.split(',').map((k) => {
    const v = (aliases[k] ?? k) as Kind;
    if (!KINDS.includes(v)) throw new UserError(`--kind ${k}: expected one of ${KINDS.join(', ')}`);
    return v;
  });
}
