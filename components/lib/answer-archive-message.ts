/**
 * The archive answering in the page that loaded it (`createLocalService`), or in
 * the background for the popup's messages (`answerArchiveMessage`). Pure.
 */
import type { Kind, TalkRecord } from '../../indexer/record.ts';
import {
  searchArchive,
  type Hit,
  type MarkedText,
  type SearchRequest,
  type SearchResponse,
} from '../../indexer/search/search-archive.ts';
import type { LoadedArchive } from './loaded-archive.ts';
import { buildPersonProfile } from './person-profile.ts';
import { lookAtPage } from './look-at-page.ts';
import { findPeople } from './find-people.ts';
import { browsePage } from './browse-records.ts';
import type { ArchiveMessage, ArchiveService } from './archive-service.ts';

export function createLocalService(loaded: LoadedArchive): ArchiveService {
  return {
    search: async (request) => ({
      ...searchArchive(loaded.archive, request),
      people: findPeople(loaded.nameIndex, request.query),
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
 *
 * With `excerptRows`, only the first that many hits (in the popup's order:
 * talks, people, news) carry their excerpt: the rest are listed in
 * `excerptsLater`, and an `excerpts` question for the same request gives them.
 * An excerpt is the costly part of a hit (a scan of its texts), and rows below
 * the popup's first screenful need not wait for it.
 */
export function answerArchiveMessage(loaded: LoadedArchive, message: ArchiveMessage): unknown {
  switch (message.talkscope) {
    case 'search': {
      const res = search(loaded, message.request);
      let rows = message.excerptRows ?? Infinity;
      const later: string[] = [];
      const groups = { ...res.groups };
      for (const k of SHOWN_ORDER) {
        groups[k] = {
          count: groups[k].count,
          hits: groups[k].hits.map((hit) => {
            if (rows-- > 0) return slimHit(hit, hit.excerpt);
            later.push(hit.record.id);
            return slimHit(hit, []);
          }),
        };
      }
      // The popup shows the groups: the overall list would only travel twice.
      return {
        ...res,
        hits: [],
        groups,
        people: findPeople(loaded.nameIndex, message.request.query),
        ...(later.length ? { excerptsLater: later } : {}),
      };
    }
    case 'excerpts': {
      const wanted = new Set(message.ids);
      const out: Record<string, MarkedText> = {};
      const res = search(loaded, message.request);
      for (const k of SHOWN_ORDER)
        for (const hit of res.groups[k].hits) if (wanted.has(hit.record.id)) out[hit.record.id] = hit.excerpt;
      return out;
    }
    case 'records':
      return pickRecords(loaded, message.ids);
    case 'person':
      return buildPersonProfile(message.key, loaded.records, loaded.namesByKey.get(message.key)) ?? null;
    case 'page': {
      const found = lookAtPage(loaded, message.page);
      return { ...found, related: found.related.map((h) => slimHit(h)) };
    }
    case 'browse':
      return browsePage(
        loaded,
        String(message.query ?? ''),
        message.filters ?? {},
        message.sort === 'date' ? 'date' : 'relevance',
        Math.max(0, Math.min(Number(message.limit) || 0, MAX_BROWSE_PAGE)),
      );
  }
}

/** Items one browse answer carries at most: a few screens, not the archive. */
const MAX_BROWSE_PAGE = 200;

/** The groups in the order the popup shows them (components/result-list.tsx, GROUP_ORDER). */
const SHOWN_ORDER: readonly Kind[] = ['talk', 'profile', 'news'];

/**
 * The last search's response, per loaded archive: the popup's `excerpts`
 * question follows its search, and the hits keep the excerpts they worked out.
 */
const lastSearch = new WeakMap<LoadedArchive, { key: string; res: SearchResponse }>();

function search(loaded: LoadedArchive, request: SearchRequest): SearchResponse {
  const key = JSON.stringify(request);
  const last = lastSearch.get(loaded);
  if (last?.key === key) return last.res;
  const res = searchArchive(loaded.archive, request);
  lastSearch.set(loaded, { key, res });
  return res;
}

/** What a result line shows; the rest of the record is asked for when it is opened. */
function slimHit(hit: Hit, excerpt: MarkedText = hit.excerpt): Hit {
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
  return { record, score: hit.score, title: hit.title, excerpt };
}

function pickRecords(loaded: LoadedArchive, ids: readonly string[]): TalkRecord[] {
  return ids.map((id) => loaded.recordsById.get(id)).filter((r): r is TalkRecord => !!r);
}
