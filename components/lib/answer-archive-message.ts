/**
 * The archive answering in the page that loaded it (`createLocalService`), or in
 * the background for the popup's messages (`answerArchiveMessage`). Pure.
 */
import type { TalkRecord } from '../../indexer/record.ts';
import { searchArchive, type Hit } from '../../indexer/search/search-archive.ts';
import type { LoadedArchive } from './loaded-archive.ts';
import { buildPersonProfile } from './person-profile.ts';
import { lookAtPage } from './look-at-page.ts';
import { findPeople } from './find-people.ts';
import type { ArchiveMessage, ArchiveService } from './archive-service.ts';

export function createLocalService(loaded: LoadedArchive): ArchiveService {
  return {
    search: async (request) => ({
      ...searchArchive(loaded.archive, request),
      people: findPeople(loaded.nameIndex(), request.query),
    }),
    getRecords: async (ids) => pickRecords(loaded, ids),
    getPerson: async (key) => buildPersonProfile(key, loaded.records, loaded.namesByKey.get(key)),
    lookAtPage: async (page) => lookAtPage(loaded, page),
  };
}

/**
 * The background's answer to an `ArchiveMessage`. Search answers carry the
 * groups only, and each hit's record only as far as a result line shows it
 * (title, people, date, series): the popup asks for the whole record when it is
 * opened. Less to copy between processes on every keystroke.
 */
export function answerArchiveMessage(loaded: LoadedArchive, message: ArchiveMessage): unknown {
  switch (message.talkscope) {
    case 'search': {
      const res = searchArchive(loaded.archive, message.request);
      const groups = { ...res.groups };
      for (const k of Object.keys(groups) as (keyof typeof groups)[]) {
        groups[k] = { count: groups[k].count, hits: groups[k].hits.map(slimHit) };
      }
      // The popup shows the groups: the overall list would only travel twice.
      return { ...res, hits: [], groups, people: findPeople(loaded.nameIndex(), message.request.query) };
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

/** What a result line shows; the rest of the record is asked for when it is opened. */
function slimHit(hit: Hit): Hit {
  const r = hit.record;
  const record: TalkRecord = {
    id: r.id,
    kind: r.kind,
    title: r.title,
    people: r.people.map((p) => ({ name: p.name, key: p.key, role: p.role })),
    topics: [],
    series: r.series,
    links: [],
    root: r.root,
    source: r.source,
    related: [],
    ...(r.date ? { date: r.date } : {}),
    ...(r.placeholder ? { placeholder: true } : {}),
  };
  return { ...hit, record };
}

function pickRecords(loaded: LoadedArchive, ids: readonly string[]): TalkRecord[] {
  return ids.map((id) => loaded.recordsById.get(id)).filter((r): r is TalkRecord => !!r);
}
