import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { KINDS, type TalkRecord } from '../indexer/record.ts';
import type { FacetCount, Hit, SearchRequest } from '../indexer/search/search-archive.ts';
import type { ArchiveService, PopupSearch } from './lib/archive-service.ts';
import { usePopupSearch } from './use-popup-search.ts';
import { PeopleRow } from './people-row.tsx';
import type { PageFindings } from './lib/look-at-page.ts';
import type { Settings } from './lib/normalize-settings.ts';
import { formatRoute, kindList, searchHash, type BrowseFilters } from './lib/parse-route.ts';
import { resultCount } from './lib/result-count.ts';
import { flattenGroups, optionId, ResultList } from './result-list.tsx';
import { SearchFilters, type PopupFilters } from './search-filters.tsx';
import { RecordDetail } from './record-detail.tsx';
import { StartPanel } from './start-panel.tsx';
import type { ComponentChildren } from 'preact';

export interface PopupAppProps {
  service: ArchiveService;
  settings: Settings;
  recent: string[];
  onRemember: (query: string) => void;
  onClearRecent: () => void;
  /** What the active tab holds; read once, when the popup opens. */
  findings: Promise<PageFindings | undefined>;
  /** The names-on-pages control for the active tab's site, wired by the entry point. */
  siteAccess?: ComponentChildren;
  onOpenArchive: (hash: string) => void;
  /** Text typed into the page's static box before the app took it over. */
  initialQuery?: string;
  /** Enter was pressed in that box before the app took it over: open the first result once it comes. */
  initialEnter?: boolean;
  /** Every series of the archive, so the filter can be set before typing. */
  allSeries?: string[];
  /** Every year a record is dated in, newest first, for the same. */
  allYears?: string[] | undefined;
}

const LIST_ID = 'results';
const NO_PEOPLE: PopupSearch['people'] = [];

/** The toolbar popup: a search combobox, grouped results, a record's detail. */
export function PopupApp(props: PopupAppProps) {
  const { service, settings } = props;
  const input = useRef<HTMLInputElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const defaultKinds = settings.defaultFilters.kinds;
  const [filters, setFilters] = useState<PopupFilters>(() => ({
    // Every kind is no filter at all.
    ...(defaultKinds.length && defaultKinds.length < KINDS.length ? { kinds: defaultKinds } : {}),
    ...(settings.defaultFilters.series.length === 1 ? { series: settings.defaultFilters.series[0] } : {}),
  }));
  const [active, setActive] = useState(-1);
  const { response, answers, facets, slow, failure, ask, whenAnswered } = usePopupSearch(service);
  const run = (q: string, f: PopupFilters) => {
    setActive(-1);
    ask(q.trim() ? toRequest(q, f, settings) : undefined);
  };
  const [detail, setDetail] = useState<{ record: TalkRecord; related: TalkRecord[] }>();
  const [findings, setFindings] = useState<PageFindings>();

  // Marks for bench:ui, set when the box and each set of results are in the page.
  useLayoutEffect(() => {
    input.current?.focus();
    performance.mark('talkscope:box-ready');
    if (query.trim()) {
      run(query, filters);
      if (props.initialEnter) openAnswer();
    }
  }, []);

  useLayoutEffect(() => {
    if (response) performance.mark('talkscope:results');
  }, [answers]);

  useEffect(() => {
    void props.findings.then(setFindings, () => undefined);
  }, []);

  const openRecord = async (id: string) => {
    const [record] = await service.getRecords([id]);
    if (!record) return;
    const related = record.related.length ? await service.getRecords(record.related) : [];
    setDetail({ record, related });
  };

  const openHit = (hit: Hit) => {
    if (query.trim()) props.onRemember(query);
    void openRecord(hit.record.id);
  };

  // What the callbacks below read when called, so they keep one identity from
  // keystroke to keystroke and the parts built with them are not built again.
  const latest = useRef({ query, filters, props, openHit, active });
  latest.current = { query, filters, props, openHit, active };

  // Enter acts on the answer to the text in the box, never on an older one still
  // shown while it comes: if it has not come yet, this waits for it.
  const openAnswer = () =>
    whenAnswered((res) => {
      const answerHits = flattenGroups(res);
      const hit = answerHits[latest.current.active] ?? answerHits[0];
      if (hit) latest.current.openHit(hit);
    });

  const hits = useMemo(() => flattenGroups(response), [response]);

  // The parts a keystroke does not change until its answer comes: the same
  // elements are kept, so Preact does not render them again.
  const seriesChoices = useMemo(() => choicesOf(facets.series, props.allSeries), [facets.series, props.allSeries]);
  const yearChoices = useMemo(() => choicesOf(facets.year, props.allYears), [facets.year, props.allYears]);
  const filterControls = useMemo(
    () => (
      <SearchFilters
        filters={filters}
        defaultKinds={defaultKinds}
        years={yearChoices}
        series={seriesChoices}
        onChange={(f) => {
          setFilters(f);
          run(latest.current.query, f);
        }}
      />
    ),
    [filters, yearChoices, seriesChoices],
  );
  const people = response?.people ?? NO_PEOPLE;
  const showPeople = !filters.kinds || filters.kinds.includes('profile');
  const peopleRow = useMemo(
    () =>
      showPeople && (
        <PeopleRow
          people={people}
          onOpenPerson={(key) => latest.current.props.onOpenArchive(formatRoute({ view: 'person', key }))}
        />
      ),
    [people, showPeople],
  );
  const resultList = useMemo(
    () =>
      response && (
        <ResultList
          id={LIST_ID}
          response={response}
          active={active}
          onOpen={(hit) => latest.current.openHit(hit)}
          onHover={setActive}
          onMore={(kind) => {
            const { query: q, filters: f, props: p } = latest.current;
            p.onOpenArchive(searchHash(q, { ...archiveFilters(f), kind }));
          }}
        />
      ),
    [response, active],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a < 0 && step < 0 ? hits.length - 1 : (a + step + hits.length) % hits.length));
    } else if ((e.key === 'PageDown' || e.key === 'PageUp') && hits.length && active >= 0) {
      // Whole results, not the caret: Home and End stay with the text being typed.
      e.preventDefault();
      setActive((a) => Math.max(0, Math.min(hits.length - 1, a + (e.key === 'PageDown' ? 5 : -5))));
    } else if (e.key === 'Enter' && query.trim()) {
      e.preventDefault();
      openAnswer();
    } else if (e.key === 'Escape' && query) {
      // Clear instead of closing the popup; a second Escape closes it.
      e.preventDefault();
      setQuery('');
      run('', filters);
    }
  };

  // A record replaces the list: move focus to its Back button, so Escape and Tab start there.
  useLayoutEffect(() => {
    if (detail) backButton.current?.focus();
  }, [detail]);

  const back = () => {
    setDetail(undefined);
    setTimeout(() => input.current?.focus());
  };
  // Escape goes back to the results, as a second Escape then clears them. On the
  // document, not <main>: after Tab past the last control or a click on plain text,
  // focus is on <body>, outside the popup's elements. A layout effect: listening
  // from the record's first frame, not one frame later.
  useLayoutEffect(() => {
    if (!detail) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !e.defaultPrevented && (e.preventDefault(), back());
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [detail]);

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  // A search started by a click leaves focus in the box, not on <body> once the clicked button goes.
  const searchFor = (q: string) => {
    setQuery(q);
    run(q, filters);
    input.current?.focus();
  };

  const searching = !detail && !!query.trim();
  const showResults = searching && !!response && !slow;
  // One live region, always in the page and at the same place in both views, so
  // Preact keeps its element and only its text changes: a region inserted already
  // filled, or swapped for another, is often not read out.
  const status = (
    <p class="status" role="status">
      {searching &&
        (failure ?? (slow ? 'Loading the archive…' : response && <ResultCount response={response} onSearch={searchFor} />))}
    </p>
  );

  if (detail) {
    return (
      <main class="popup">
        <h1 class="visually-hidden">Talkscope</h1>
        <div class="toolbar">
          <button type="button" onClick={back} ref={backButton}>
            ← Back to results
          </button>
          <button type="button" onClick={() => props.onOpenArchive(formatRoute({ view: 'record', id: detail.record.id }))}>
            Open in archive
          </button>
        </div>
        {status}
        <RecordDetail record={detail.record} related={detail.related} onOpenRelated={(id) => void openRecord(id)} />
      </main>
    );
  }

  return (
    <main class="popup">
      <h1 class="visually-hidden">Talkscope</h1>
      <form role="search" class="search-form" method="dialog" onSubmit={(e) => e.preventDefault()}>
        <label for="q">Search the talk archive</label>
        <input
          ref={input}
          id="q"
          type="search"
          role="combobox"
          // Preact's types tie role=combobox to a datalist; ours is the listbox below.
          list={undefined}
          aria-autocomplete="list"
          // Only while the listbox is in the page: a reference to no element is an error.
          aria-controls={showResults ? LIST_ID : undefined}
          aria-expanded={showResults && hits.length > 0}
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          autocomplete="off"
          spellcheck={false}
          placeholder="Speaker, topic, title…"
          value={query}
          onInput={(e) => {
            const q = e.currentTarget.value;
            setQuery(q);
            run(q, filters);
          }}
          onKeyDown={onKeyDown}
        />
        {filterControls}
      </form>
      {status}
      {showResults && (
        <>
          {peopleRow}
          {resultList}
        </>
      )}
      {!query.trim() && (
        <StartPanel
          recent={props.recent}
          findings={findings}
          onSearch={searchFor}
          onClearRecent={() => {
            props.onClearRecent();
            // The button goes with the list it clears.
            input.current?.focus();
          }}
          onOpenRecord={(id) => void openRecord(id)}
          onOpenPerson={(key) => props.onOpenArchive(formatRoute({ view: 'person', key }))}
        />
      )}
      <footer class="popup-footer">
        <button
          type="button"
          class="link"
          onClick={() => props.onOpenArchive(query.trim() ? searchHash(query, archiveFilters(filters)) : '#/')}
        >
          {query.trim() ? 'Open this search in the archive' : 'Browse the whole archive'}
        </button>
        {props.siteAccess}
      </footer>
    </main>
  );
}

/** The count of an answer's results, and the spelling it suggests as a search of its own. */
function ResultCount({ response, onSearch }: { response: PopupSearch; onSearch: (query: string) => void }) {
  const suggested = response.didYouMean;
  return (
    <>
      {resultCount(response.total, 'result', response.loosened)}
      {suggested && (
        <>
          {' — did you mean '}
          <button type="button" class="link" onClick={() => onSearch(suggested)}>
            {suggested}
          </button>
          ?
        </>
      )}
    </>
  );
}

function toRequest(query: string, f: PopupFilters, settings: Settings): SearchRequest {
  const kinds = f.kinds ? [...f.kinds] : undefined;
  const year = f.year ? Number(f.year) : undefined;
  return {
    query,
    limit: settings.resultsPerGroup,
    ...(kinds ? { kinds } : {}),
    ...(year ? { years: { from: year, to: year } } : {}),
    ...(f.series ? { series: [f.series] } : {}),
  };
}

/** A filter's choices: those the answers show, or before any answer every one of the archive. */
function choicesOf(seen: FacetCount[], all: readonly string[] | undefined): FacetCount[] {
  return seen.length ? seen : (all ?? []).map((value) => ({ value, count: 0 }));
}

/** The popup's filters as the archive page takes them: a kind, or two joined as `kindList` gives them; none for every kind. */
function archiveFilters({ kinds, ...rest }: PopupFilters): BrowseFilters {
  const kind = kinds && kindList(kinds.join(','));
  return kind ? { ...rest, kind } : rest;
}
