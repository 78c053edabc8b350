/**
 * Reads the archive the extension ships under /data/ (never imported into a
 * script bundle: fetched from the extension's own files).
 */
import { browser } from 'wxt/browser';
import { BUNDLE_FILES } from '../../indexer/bundle-format.ts';
import { loadArchive, type BundleTexts, type LoadedArchive } from '../../components/lib/loaded-archive.ts';
import { joinJsonArrays, RECORD_PARTS_FILE } from '../../components/lib/record-parts.ts';

type ShippedFile =
  | Exclude<(typeof BUNDLE_FILES)[keyof typeof BUNDLE_FILES], typeof BUNDLE_FILES.records>
  | typeof RECORD_PARTS_FILE
  | `records-${number}.json`;

export async function fetchBundleFile(name: ShippedFile): Promise<string> {
  const res = await fetch(browser.runtime.getURL(`/data/${name}`));
  if (!res.ok) throw new Error(`Talkscope could not read its archive file data/${name} (${res.status})`);
  // Measured in Chromium on a 11 MB records file: bytes then one decode is quicker than text().
  return new TextDecoder().decode(await res.arrayBuffer());
}

/** The records, shipped in parts (see components/lib/record-parts.ts), as one JSON array's text. */
async function fetchRecords(): Promise<string> {
  const parts = JSON.parse(await fetchBundleFile(RECORD_PARTS_FILE)) as `records-${number}.json`[];
  return joinJsonArrays(await Promise.all(parts.map(fetchBundleFile)));
}

export async function fetchBundle(): Promise<BundleTexts> {
  const [index, records, names, info] = await Promise.all([
    fetchBundleFile(BUNDLE_FILES.index),
    fetchRecords(),
    fetchBundleFile(BUNDLE_FILES.names),
    fetchBundleFile(BUNDLE_FILES.info),
  ]);
  return { index, records, names, info };
}

let loading: Promise<LoadedArchive> | undefined;

/** The archive, loaded once per page or worker. */
export function getLoadedArchive(): Promise<LoadedArchive> {
  if (loading) return loading;
  // Marks for bench:ui, which splits a stopped background's start into starting, reading the
  // files and parsing them.
  performance.mark('talkscope:archive-asked');
  loading = fetchBundle().then((texts) => {
    performance.mark('talkscope:archive-read');
    const loaded = loadArchive(texts);
    performance.mark('talkscope:archive-parsed');
    return loaded;
  });
  return loading;
}
