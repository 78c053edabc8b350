/**
 * Where the reader was on each entry of the archive page's history, so that Back returns
 * there as it does between pages of their own: how far down, and how many results were
 * shown. Kept in memory, under an id written into the entry's `history.state`; an entry
 * from before a reload has no place here and opens at the top.
 */
export interface Place {
  scrollY: number;
  /** Results shown, after "Show more". */
  shown?: number;
}

export interface ViewMemory {
  /** The id of the history entry the page is on now, given to it on first asking. */
  entry(): string;
  /** The place kept for the entry the page is on now: set once Back or Forward returns to it. */
  recall(): Place | undefined;
  /** Keeps part of the place of the entry the page is on now. */
  keep(place: Partial<Place>): void;
}

type HistoryLike = Pick<History, 'state' | 'replaceState'>;

export function createViewMemory(history: HistoryLike): ViewMemory {
  const places = new Map<string, Place>();
  // Ids of this page load only: a reload starts again.
  const load = Math.random().toString(36).slice(2);
  let count = 0;
  const entry = (): string => {
    const state = history.state as { talkscopeEntry?: unknown } | null;
    if (typeof state?.talkscopeEntry === 'string') return state.talkscopeEntry;
    const id = `${load}-${++count}`;
    history.replaceState({ ...(state ?? {}), talkscopeEntry: id }, '');
    return id;
  };
  return {
    entry,
    recall: () => places.get(entry()),
    keep(place) {
      const id = entry();
      places.set(id, { ...(places.get(id) ?? { scrollY: 0 }), ...place });
    },
  };
}
