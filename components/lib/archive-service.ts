/**
 * What the popup and the archive page ask of the archive, one interface for two
 * places it can live: loaded in the page itself (`createLocalService`), or held
 * by the background and asked by message (`createMessageService`, answered by
 * `answerArchiveMessage` in answer-archive-message.ts). Pure: the transport is
 * passed in, and this file pulls no search code into the popup's bundle.
 */
import type { TalkRecord } from '../../indexer/record.ts';
import type { MarkedText, SearchRequest, SearchResponse } from '../../indexer/search/search-archive.ts';
import type { PersonProfile } from './person-profile.ts';
import type { PageFindings, PageText } from './look-at-page.ts';
import type { PersonMatch } from './find-people.ts';
import type { BrowsePage } from './browse-records.ts';
import type { BrowseFilters, SortOrder } from './parse-route.ts';

/**
 * A search as the popup asks it: the response, and the people whose names match.
 * `excerptsLater`: hits (by record id) sent without their excerpt, which
 * `ArchiveService.excerpts` gives when asked (rows below the first screenful).
 */
export type PopupSearch = SearchResponse & { people: PersonMatch[]; excerptsLater?: string[] };

export interface ArchiveService {
  search(request: SearchRequest): Promise<PopupSearch>;
  /** Records by id, in the order asked, unknown ids left out. */
  getRecords(ids: readonly string[]): Promise<TalkRecord[]>;
  getPerson(key: string): Promise<PersonProfile | undefined>;
  lookAtPage(page: PageText): Promise<PageFindings>;
  /**
   * A search whose hits after the first `excerptRows` (talks, people, news, in
   * that order) come without their excerpt, listed in `excerptsLater`. Only the
   * background's service has it; without it, `search` gives every excerpt.
   */
  searchFirstRows?(request: SearchRequest, excerptRows: number): Promise<PopupSearch>;
  /** The excerpts of `ids` among the hits of `request`, by record id. */
  excerpts?(request: SearchRequest, ids: readonly string[]): Promise<Record<string, MarkedText>>;
  /** The archive page's browse view, its first `limit` items (see `browsePage`). */
  browse?(query: string, filters: BrowseFilters, sort: SortOrder, limit: number): Promise<BrowsePage>;
}

export type ArchiveMessage =
  | { talkscope: 'search'; request: SearchRequest; excerptRows?: number }
  | { talkscope: 'excerpts'; request: SearchRequest; ids: string[] }
  | { talkscope: 'records'; ids: string[] }
  | { talkscope: 'person'; key: string }
  | { talkscope: 'page'; page: PageText }
  | { talkscope: 'browse'; query: string; filters: BrowseFilters; sort: SortOrder; limit: number };

/** The name of the port the popup asks its questions on. */
export const ARCHIVE_PORT = 'talkscope-archive';

/** True for messages this module answers; others belong to other features. */
export function isArchiveMessage(message: unknown): message is ArchiveMessage {
  if (typeof message !== 'object' || message === null) return false;
  return (QUESTIONS as readonly unknown[]).includes((message as { talkscope?: unknown }).talkscope);
}

const QUESTIONS = [
  'search',
  'excerpts',
  'records',
  'person',
  'page',
  'browse',
] as const satisfies readonly ArchiveMessage['talkscope'][];

export function createMessageService(send: (message: ArchiveMessage) => Promise<unknown>): ArchiveService {
  return {
    search: async (request) => (await send({ talkscope: 'search', request })) as PopupSearch,
    searchFirstRows: async (request, excerptRows) => (await send({ talkscope: 'search', request, excerptRows })) as PopupSearch,
    excerpts: async (request, ids) =>
      (await send({ talkscope: 'excerpts', request, ids: [...ids] })) as Record<string, MarkedText>,
    getRecords: async (ids) => (await send({ talkscope: 'records', ids: [...ids] })) as TalkRecord[],
    getPerson: async (key) => ((await send({ talkscope: 'person', key })) as PersonProfile | null) ?? undefined,
    lookAtPage: async (page) => (await send({ talkscope: 'page', page })) as PageFindings,
    browse: async (query, filters, sort, limit) =>
      (await send({ talkscope: 'browse', query, filters, sort, limit })) as BrowsePage,
  };
}
