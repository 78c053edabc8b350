/**
 * Reads the archive the extension ships under /data/ (never imported into a
 * script bundle: fetched from the extension's own files).
 */
import { browser } from 'wxt/browser';
import { BUNDLE_FILES } from '../../indexer/bundle-format.ts';
import { loadArchive, type ArchiveFiles, type LoadedArchive } from '../../components/lib/loaded-archive.ts';
import { INDEX_PARTS, joinJsonArrays, joinTextParts, NAME_PARTS, RECORD_PARTS } from '../../components/lib/record-parts.ts';
import { LITE_PARTS, readLiteRecords } from '../../components/lib/lite-records.ts';
import type { TalkRecord } from '../../indexer/record.ts';
import { nextTask } from './next-task.ts';
import { HOME_FILE } from '../../components/lib/home-summary.ts';

/** The files shipped in parts (see components/lib/record-parts.ts). */
type Parted = typeof RECORD_PARTS | typeof LITE_PARTS | typeof NAME_PARTS | typeof INDEX_PARTS;

type ShippedFile = typeof BUNDLE_FILES.info | typeof HOME_FILE | Parted['list'] | ReturnType<Parted['part']>;

export async function fetchBundleFile(name: ShippedFile): Promise<string> {
  const res = await fetch(browser.runtime.getURL(`/data/${name}`));
  if (!res.ok) throw new Error(`Talkscope could not read its archive file data/${name} (${res.status})`);
  // Measured in Chromium on a 11 MB records file: bytes then one decode is quicker than text().
  return new TextDecoder().decode(await res.arrayBuffer());
}

/** The texts of `file`'s parts, in order. */
async function fetchParts(file: Parted): Promise<string[]> {
  const parts = JSON.parse(await fetchBundleFile(file.list)) as ReturnType<Parted['part']>[];
  return Promise.all(parts.map(fetchBundleFile));
}

/** What a result row shows of the records (`LITE_PARTS`). */
async function fetchLiteRecords(): Promise<TalkRecord[]> {
  return readLiteRecords(joinJsonArrays(await fetchParts(LITE_PARTS)));
}

/**
 * The whole records, each part parsed in a task of its own: all of them in one `JSON.parse`
 * (11 MB with all of ../shared/corpus) held the archive page, and the background's answers,
 * for about 100 ms.
 */
async function fetchRecords(): Promise<TalkRecord[]> {
  const records: TalkRecord[] = [];
  for (const part of await fetchParts(RECORD_PARTS)) {
    await nextTask();
    for (const record of JSON.parse(part) as TalkRecord[]) records.push(record);
  }
  return records;
}

const fetchNames = async () => joinJsonArrays(await fetchParts(NAME_PARTS));
const fetchIndex = async () => joinTextParts(await fetchParts(INDEX_PARTS));

export async function fetchBundle(): Promise<ArchiveFiles> {
  const [index, records, names, info] = await Promise.all([
    fetchIndex(),
    fetchRecords(),
    fetchNames(),
    fetchBundleFile(BUNDLE_FILES.info),
  ]);
  return { index, records, names, info };
}

let loading: Promise<LoadedArchive> | undefined;
let quick: Promise<{ archive: LoadedArchive; files: ArchiveFiles }> | undefined;
let loaded: LoadedArchive | undefined;

/**
 * The archive, loaded once per page or worker. After `getQuickArchive`, only the whole records
 * are read: the search index and the names are taken from the quick archive.
 */
export function getLoadedArchive(): Promise<LoadedArchive> {
  if (loading) return loading;
  // Marks for bench:ui, which splits a stopped background's start into starting, reading the
  // files and parsing them.
  performance.mark('talkscope:archive-asked');
  const whole = quick
    ? quick.then(async ({ archive, files }) => {
        const records = await fetchRecords();
        performance.mark('talkscope:archive-read');
        // The names and the search index are the quick archive's, read once.
        return loadArchive({ ...files, records, names: archive.names }, archive.archive.index);
      })
    : fetchBundle().then((files) => {
        performance.mark('talkscope:archive-read');
        return loadArchive(files);
      });
  loading = whole.then((archive) => {
    performance.mark('talkscope:archive-parsed');
    // The quick archive's files (its lite records among them) are no longer needed.
    quick = undefined;
    return (loaded = archive);
  });
  return loading;
}

/**
 * For the background's searches: the whole archive once it is in; before that, the search
 * index with the records as a result row shows them (components/lib/lite-records.ts), read
 * first. A result from it has no excerpts (they come with the whole records) and no phrases.
 */
export async function getQuickArchive(): Promise<LoadedArchive> {
  if (loaded) return loaded;
  quick ??= Promise.all([fetchIndex(), fetchLiteRecords(), fetchNames(), fetchBundleFile(BUNDLE_FILES.info)]).then(
    ([index, records, names, info]) => {
      const files = { index, records, names, info };
      const archive = loadArchive(files);
      // Read now, while the whole records are still to come: the whole archive shares it.
      void archive.archive;
      performance.mark('talkscope:quick-archive');
      return { archive, files };
    },
  );
  return (await quick).archive;
}

/** Whether `archive` is the whole archive (not the quick one). */
export function isWholeArchive(archive: LoadedArchive): boolean {
  return archive === loaded;
}
