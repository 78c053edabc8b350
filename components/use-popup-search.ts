import { useRef, useState } from 'preact/hooks';
import type { FacetCount, Hit, MarkedText, SearchRequest, SearchResponse } from '../indexer/search/search-archive.ts';
import type { ArchiveService, PopupSearch } from './lib/archive-service.ts';
import { flattenGroups } from './result-list.tsx';

export interface PopupSearchState {
  /** The newest query's answer (an older one never replaces it). */
  response?: PopupSearch;
  /** How many answers have come (excerpts filled in later do not count). */
  answers: number;
  /** Year and series choices of the answers to the query being typed, for the filters. */
  facets: { year: FacetCount[]; series: FacetCount[] };
  /** The answer is taking long: the background is loading the archive. */
  slow: boolean;
  failure?: string;
  /** Asks a question; `undefined` clears the results. */
  ask: (request: SearchRequest | undefined) => void;
  /**
   * Calls `use` with the answer to the newest question: at once if it has come,
   * else when it comes. Never with an older answer still shown: `use` is dropped
   * if a newer question is asked first, the box is cleared, or the question fails.
   * A later call replaces an earlier one still waiting.
   */
  whenAnswered: (use: (response: PopupSearch) => void) => void;
}

/**
 * Hits that come with their excerpt at once: more than the popup shows before
 * it scrolls. The rest have theirs filled in once typing pauses for `FILL_AFTER_MS`.
 */
export const EXCERPT_ROWS = 6;
const NO_FACETS: PopupSearchState['facets'] = { year: [], series: [] };
const FILL_AFTER_MS = 100;

/**
 * The popup's searching: one question in flight at a time, only the newest one
 * waiting behind it, answers to stale questions dropped. The first screenful of
 * results comes with its excerpts; the rows below it get theirs when typing pauses.
 */
export function usePopupSearch(service: ArchiveService): PopupSearchState {
  const [response, setResponse] = useState<PopupSearch>();
  const [answers, setAnswers] = useState(0);
  const [facets, setFacets] = useState<PopupSearchState['facets']>(NO_FACETS);
  const [slow, setSlow] = useState(false);
  const [failure, setFailure] = useState<string>();
  const latest = useRef(0);
  const answered = useRef(0);
  const inFlight = useRef(false);
  const queued = useRef<(() => void) | undefined>(undefined);
  // The newest question's answer once it has come, and what waits for it until then.
  const newest = useRef<PopupSearch | undefined>(undefined);
  const waiting = useRef<{ seq: number; use: (response: PopupSearch) => void } | undefined>(undefined);

  // Excerpts of the rows below the first screenful, for the newest answer only.
  const fillLater = (seq: number, request: SearchRequest, res: PopupSearch) => {
    const ids = res.excerptsLater;
    if (!ids?.length || !service.excerpts) return;
    setTimeout(() => {
      if (seq !== latest.current) return;
      void service.excerpts!(request, ids).then(
        (excerpts) => seq === latest.current && setResponse((shown) => (shown === res ? withExcerpts(res, excerpts) : shown)),
        () => undefined,
      );
    }, FILL_AFTER_MS);
  };

  const ask = (request: SearchRequest | undefined) => {
    const seq = ++latest.current;
    newest.current = waiting.current = undefined;
    setFailure(undefined);
    if (!request) {
      setResponse(undefined);
      // A cleared box offers every choice again, not the last query's.
      setFacets(NO_FACETS);
      setSlow(false);
      return;
    }
    // Chrome stops an idle background; the first question then waits while it loads the archive again.
    setTimeout(() => answered.current < seq && latest.current === seq && setSlow(true), 300);
    const send = () => {
      inFlight.current = true;
      // Marks for bench:ui, which splits a keystroke's time into asking, the answer's round trip and showing it.
      performance.mark('talkscope:asked');
      void (service.searchFirstRows ? service.searchFirstRows(request, EXCERPT_ROWS) : service.search(request))
        .then((res) => {
          performance.mark('talkscope:answered');
          if (seq !== latest.current) return;
          answered.current = seq;
          setSlow(false);
          setResponse(res);
          setAnswers((n) => n + 1);
          setFacets((old) => mergeFacets(old, res));
          fillLater(seq, request, res);
          newest.current = res;
          const wait = waiting.current;
          waiting.current = undefined;
          if (wait?.seq === seq) wait.use(res);
        })
        .catch((error: Error) => {
          if (seq !== latest.current) return;
          waiting.current = undefined;
          setSlow(false);
          setFailure(error.message);
        })
        .finally(() => {
          inFlight.current = false;
          const next = queued.current;
          queued.current = undefined;
          next?.();
        });
    };
    // Typing faster than the archive answers: keep one question in flight and
    // only the newest one waiting, instead of a queue of stale ones.
    if (inFlight.current) queued.current = send;
    else send();
  };

  const whenAnswered = (use: (response: PopupSearch) => void) => {
    if (newest.current) use(newest.current);
    else waiting.current = { seq: latest.current, use };
  };

  return { response, answers, facets, slow, failure, ask, whenAnswered };
}

/** `res` with the excerpts that came later put into its hits. */
function withExcerpts(res: PopupSearch, excerpts: Record<string, MarkedText>): PopupSearch {
  const fill = (hit: Hit): Hit => {
    const excerpt = excerpts[hit.record.id];
    return excerpt ? { ...hit, excerpt } : hit;
  };
  const groups = { ...res.groups };
  for (const k of Object.keys(groups) as (keyof typeof groups)[]) {
    groups[k] = { count: groups[k].count, hits: groups[k].hits.map(fill) };
  }
  const filled: PopupSearch = { ...res, groups };
  delete filled.excerptsLater;
  return filled;
}

/** Year and series choices: the search's facets, or what the hits show when the core gives none. */
function mergeFacets(old: PopupSearchState['facets'], res: SearchResponse) {
  const derive = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].map(([value, count]) => ({ value, count }));
  };
  const hits = flattenGroups(res);
  const year = res.facets.year.length ? res.facets.year : derive(hits.map((h) => h.record.date?.slice(0, 4) ?? ''));
  const series = res.facets.series.length ? res.facets.series : derive(hits.map((h) => h.record.series));
  const next = {
    year: year.length ? year.slice().sort((a, b) => (a.value < b.value ? 1 : -1)) : old.year,
    series: series.length ? series.slice().sort((a, b) => a.value.localeCompare(b.value)) : old.series,
  };
  // The same choices keep their arrays (the filters show values, not counts): they are then not rendered again.
  const year2 = sameFacets(old.year, next.year) ? old.year : next.year;
  const series2 = sameFacets(old.series, next.series) ? old.series : next.series;
  return year2 === old.year && series2 === old.series ? old : { year: year2, series: series2 };
}

function sameFacets(a: readonly FacetCount[], b: readonly FacetCount[]): boolean {
  return a.length === b.length && a.every((f, i) => f.value === b[i]!.value);
}
