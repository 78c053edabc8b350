// @vitest-environment happy-dom
/**
 * The count above the popup's results, for answers from the real search core: when no record
 * holds every word, the records shown are close matches, and the popup says so.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerArchiveMessage } from '../../components/lib/answer-archive-message.ts';
import type { ArchiveService, PopupSearch } from '../../components/lib/archive-service.ts';
import { popupAppElement } from './popup-app-element.tsx';
import { loadFixture } from './archive-fixture.ts';

const loaded = loadFixture();
const service: ArchiveService = {
  search: async (request) => structuredClone(answerArchiveMessage(loaded, { talkscope: 'search', request })) as PopupSearch,
  getRecords: async () => [],
  getPerson: async () => undefined,
  lookAtPage: async () => ({}) as never,
};
const root = document.createElement('div');
afterEach(() => render(null, root));

describe("the popup's count of results", () => {
  it.each([
    ['every word held', 'causal inference', '1 result'],
    ['no record holds every word', 'causal zebrafish', 'No record holds every word; 1 close match'],
    ['nothing near', 'qqqqqqqq', 'No results'],
  ])('%s: %s → "%s"', async (_, query, text) => {
    render(popupAppElement(service, query), root);
    await vi.waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toMatch(new RegExp(`^${text}( |$)`)));
  });
});
