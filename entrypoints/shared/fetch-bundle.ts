/**
 * Reads the archive the extension ships under /data/ (never imported into a
 * script bundle: fetched from the extension's own files).
 */
import { browser } from 'wxt/browser';
import { BUNDLE_FILES } from '../../indexer/bundle-format.ts';
import { loadArchive, type BundleTexts, type LoadedArchive } from '../../components/lib/loaded-archive.ts';
import {
  INDEX_PARTS_FILE,
  joinJsonArrays,
  joinTextParts,
  NAME_PARTS_FILE,
  RECORD_PARTS_FILE,
} from '../../components/lib/record-parts.ts';
import { LITE_PARTS_FILE } from '../../components/lib/lite-records.ts';
import { HOME_FILE } from '../../components/lib/home-summary.ts';

type ShippedFile =
  | typeof BUNDLE_FILES.info
  | typeof RECORD_PARTS_FILE
  | typeof LITE_PARTS_FILE
  | typeof NAME_PARTS_FILE
  | typeof INDEX_PARTS_FILE
  | typeof HOME_FILE
  | `${'records' | 'records-lite' | 'names' | 'search-index'}-${number}.json`;

export async function fetchBundleFile(name: ShippedFile): Promise<string> {
  const res = await fetch(browser.runtime.getURL(`/data/${name}`));
  if (!res.ok) throw new Error(`Talkscope could not read its archive file data/${name} (${res.status})`);
  // Measured in Chromium on a 11 MB records file: bytes then one decode is quicker than text().
  return new TextDecoder().decode(await res.arrayBuffer());
}

type PartsList = typeof RECORD_PARTS_FILE | typeof LITE_PARTS_FILE | typeof NAME_PARTS_FILE | typeof INDEX_PARTS_FILE;

/** The texts of the parts `list` names, in order (see components/lib/record-parts.ts). */
async function fetchParts(list: PartsList): Promise<string[]> {
  const parts = JSON.parse(await fetchBundleFile(list)) as Exclude<ShippedFile, PartsList>[];
  return Promise.all(parts.map(fetchBundleFile));
}

/** The records (or, from `LITE_PARTS_FILE`, what a result row shows of them), as one JSON array's text. */
async function fetchRecords(list: typeof RECORD_PARTS_FILE | typeof LITE_PARTS_FILE = RECORD_PARTS_FILE): Promise<string> {
  return joinJsonArrays(await fetchParts(list));
}

const fetchNames = async () => joinJsonArrays(await fetchParts(NAME_PARTS_FILE));
const fetchIndex = async () => joinTextParts(await fetchParts(INDEX_PARTS_FILE));

export async function fetchBundle(): Promise<BundleTexts> {
  const [index, records, names, info] = await Promise.all([
    fetchIndex(),
    fetchRecords(),
    fetchNames(),
    fetchBundleFile(BUNDLE_FILES.info),
  ]);
  return { index, records, names, info };
}

let loading: Promise<LoadedArchive> | undefined;
let quick: Promise<{ archive: LoadedArchive; texts: BundleTexts }> | undefined;
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
    ? quick.then(async ({ archive, texts }) => {
        const records = await fetchRecords();
        performance.mark('talkscope:archive-read');
        return loadArchive({ ...texts, records }, archive.archive.index);
      })
    : fetchBundle().then((texts) => {
        performance.mark('talkscope:archive-read');
        return loadArchive(texts);
      });
  loading = whole.then((archive) => {
    performance.mark('talkscope:archive-parsed');
    // The quick archive's texts and lite records are no longer needed.
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
  quick ??= Promise.all([fetchIndex(), fetchRecords(LITE_PARTS_FILE), fetchNames(), fetchBundleFile(BUNDLE_FILES.info)]).then(
    ([index, records, names, info]) => {
      const texts = { index, records, names, info };
      const archive = loadArchive(texts);
      // Read now, while the whole records are still to come: the whole archive shares it.
      void archive.archive;
      performance.mark('talkscope:quick-archive');
      return { archive, texts };
    },
  );
  return (await quick).archive;
}

/** Whether `archive` is the whole archive (not the quick one). */
export function isWholeArchive(archive: LoadedArchive): boolean {
  return archive === loaded;
}
