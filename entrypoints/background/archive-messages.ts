/**
 * Answers questions about the archive, which the background keeps loaded: one
 * at a time by message, or many over a port (the popup asks on every keystroke,
 * and a port skips setting up a channel each time).
 */
import { browser } from 'wxt/browser';
import { ARCHIVE_PORT, isArchiveMessage, type ArchiveMessage } from '../../components/lib/archive-service.ts';
import { answerArchiveMessage } from '../../components/lib/answer-archive-message.ts';
import { needsRecordTexts } from '../../indexer/search/search-archive.ts';
import { getLoadedArchive, getQuickArchive, isWholeArchive } from '../shared/fetch-bundle.ts';

export function registerArchiveMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    // Other features' messages are theirs to answer.
    if (!isArchiveMessage(message)) return undefined;
    return answer(message);
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ARCHIVE_PORT) return;
    port.onMessage.addListener((envelope: unknown) => {
      const { id, message } = envelope as { id: number; message: unknown };
      if (!isArchiveMessage(message)) return;
      void answer(message).then(
        (result) => port.postMessage({ id, result }),
        (error: Error) => port.postMessage({ id, error: error.message }),
      );
    });
  });
}

export async function answer(message: ArchiveMessage): Promise<unknown> {
  // A search can be answered before the whole records are in (see getQuickArchive), unless it
  // looks for a phrase, which is matched in the records' texts. Its excerpts come later, from
  // the whole records, as the popup asks for the rows below its first screen.
  const quick = message.talkscope === 'search' && !needsRecordTexts(String(message.request.query ?? ''));
  const loaded = quick ? await getQuickArchive() : await getLoadedArchive();
  const asked = quick && !isWholeArchive(loaded) ? { ...message, excerptRows: 0 } : message;
  const first = !answered;
  answered = true;
  const result = answerArchiveMessage(loaded, asked);
  // For bench:ui: when the first question was answered (the search index loads with it).
  if (first) performance.mark('talkscope:first-answer');
  return result;
}

let answered = false;
