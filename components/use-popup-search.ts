import { useRef, useState } from 'preact/hooks';
import type { FacetCount, SearchRequest, SearchResponse } from '../indexer/search/search-archive.ts';
import type { ArchiveService, PopupSearch } from './lib/archive-service.ts';
import { flattenGroups } from './result-list.tsx';

export interface PopupSearchState {
  /** The newest query's answer (an older one never replaces it). */
  response?: PopupSearch;
  /** Year and series choices seen so far, for the filters. */
  facets: { year: FacetCount[]; series: FacetCount[] };
  /** The answer is taking long: the background is loading the archive. */
  slow: boolean;
  failure?: string;
  /** Asks a question; `undefined` clears the results. */
  ask: (request: SearchRequest | undefined) => void;
}

/**
 * The popup's searching: one question in flight at a time, only the newest one
 * waiting behind it, answers to stale questions dropped.
 */
export function usePopupSearch(service: ArchiveService): PopupSearchState {
  const [response, setResponse] = useState<PopupSearch>();
  const [facets, setFacets] = useState<PopupSearchState['facets']>({ year: [], series: [] });
  const [slow, setSlow] = useState(false);
  const [failure, setFailure] = useState<string>();
  const latest = useRef(0);
  const answered = useRef(0);
  const inFlight = useRef(false);
  const queued = useRef<(() => void) | undefined>(undefined);

  const ask = (request: SearchRequest | undefined) => {
    const seq = ++latest.current;
    setFailure(undefined);
    if (!request) {
      setResponse(undefined);
      setSlow(false);
      return;
    }
    // Chrome stops an idle background; the first question then waits while it loads the archive again.
    setTimeout(() => answered.current < seq && latest.current === seq && setSlow(true), 300);
    const send = () => {
      inFlight.current = true;
      void service
        .search(request)
        .then((res) => {
          if (seq !== latest.current) return;
          answered.current = seq;
          setSlow(false);
          setResponse(res);
          setFacets((old) => mergeFacets(old, res));
        })
        .catch((error: Error) => {
          if (seq !== latest.current) return;
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

  return { response, facets, slow, failure, ask };
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
  return {
    year: (year.length ? year : old.year).slice().sort((a, b) => (a.value < b.value ? 1 : -1)),
    series: (series.length ? series : old.series).slice().sort((a, b) => a.value.localeCompare(b.value)),
  };
}
