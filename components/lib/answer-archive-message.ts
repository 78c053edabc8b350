/**
 * The archive answering in the page that loaded it (`createLocalService`), or in
 * the background for the popup's messages (`answerArchiveMessage`). Pure.
 */
import type { TalkRecord } from '../../indexer/record.ts';
import { searchArchive, type Hit } from '../../indexer/search/search-archive.ts';
import type { LoadedArchive } from './loaded-archive.ts';
import { buildPersonProfile } from './person-profile.ts';
import { lookAtPage } from './look-at-page.ts';
import type { ArchiveMessage, ArchiveService } from './archive-service.ts';

export function createLocalService(loaded: LoadedArchive): ArchiveService {
  return {
    search: async (request) => searchArchive(loaded.archive, request),
    getRecords: async (ids) => pickRecords(loaded, ids),
    getPerson: async (key) => buildPersonProfile(key, loaded.records, loaded.namesByKey.get(key)),
    lookAtPage: async (page) => lookAtPage(loaded, page),
  };
}

/**
 * The background's answer to an `ArchiveMessage`. Search hits travel without
 * their long texts (abstract, bio, body): the list never shows them, and the
 * record is asked for in full when it is opened.
 */
export function answerArchiveMessage(loaded: LoadedArchive, message: ArchiveMessage): unknown {
  switch (message.talkscope) {
    case 'search': {
      const res = searchArchive(loaded.archive, message.request);
      const groups = { ...res.groups };
      for (const k of Object.keys(groups) as (keyof typeof groups)[]) {
        groups[k] = { count: groups[k].count, hits: groups[k].hits.map(slimHit) };
      }
      return { ...res, hits: res.hits.map(slimHit), groups };
    }
    case 'records':
      return pickRecords(loaded, message.ids);
    case 'person':
      return buildPersonProfile(message.key, loaded.records, loaded.namesByKey.get(message.key)) ?? null;
    case 'page': {
      const found = lookAtPage(loaded, message.page);
      return { ...found, related: found.related.map(slimHit) };
    }
  }
}

function slimHit(hit: Hit): Hit {
  const { abstract: _a, bio: _b, body: _c, ...record } = hit.record;
  return { ...hit, record };
}

function pickRecords(loaded: LoadedArchive, ids: readonly string[]): TalkRecord[] {
  return ids.map((id) => loaded.archive.records.get(id)).filter((r): r is TalkRecord => !!r);
}
