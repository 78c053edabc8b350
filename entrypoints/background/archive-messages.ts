/** Answers the popup's questions about the archive, which the background keeps loaded. */
import { browser } from 'wxt/browser';
import { isArchiveMessage, type ArchiveMessage } from '../../components/lib/archive-service.ts';
import { answerArchiveMessage } from '../../components/lib/answer-archive-message.ts';
import { getLoadedArchive } from '../shared/fetch-bundle.ts';

export function registerArchiveMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    // Other features' messages are theirs to answer.
    if (!isArchiveMessage(message)) return undefined;
    return answer(message);
  });
}

export async function answer(message: ArchiveMessage): Promise<unknown> {
  return answerArchiveMessage(await getLoadedArchive(), message);
}
