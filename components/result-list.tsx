import type { Kind } from '../indexer/record.ts';
import type { Hit, SearchResponse } from '../indexer/search/search-archive.ts';
import { MarkedText } from './marked-text.tsx';
import { RecordMeta } from './record-meta.tsx';

/** Groups in the order the popup shows them; `profile` is the people group. */
export const GROUP_ORDER: { kind: Kind; label: string }[] = [
  { kind: 'talk', label: 'Talks' },
  { kind: 'profile', label: 'People' },
  { kind: 'news', label: 'News' },
];

/** The hits in display order, which is also the order the arrow keys move through. */
export function flattenGroups(response: SearchResponse | undefined): Hit[] {
  if (!response) return [];
  return GROUP_ORDER.flatMap((g) => response.groups[g.kind].hits);
}

export function optionId(index: number): string {
  return `result-${index}`;
}

export interface ResultListProps {
  id: string;
  response: SearchResponse;
  active: number;
  onOpen: (hit: Hit) => void;
  onHover: (index: number) => void;
  /** Offered under a group whose count is larger than what it shows. */
  onMore?: (kind: Kind) => void;
}

/** The results as one listbox of grouped options (the combobox's popup). */
export function ResultList({ id, response, active, onOpen, onHover, onMore }: ResultListProps) {
  let index = 0;
  return (
    <div class="results">
      <div role="listbox" id={id} aria-label="Search results">
        {GROUP_ORDER.map(({ kind, label }) => {
          const group = response.groups[kind];
          if (!group.hits.length) return null;
          const headingId = `${id}-${kind}`;
          return (
            <div role="group" aria-labelledby={headingId} key={kind} class="group">
              <div role="presentation" id={headingId} class="group-heading">
                {label} <span class="count">({group.count})</span>
              </div>
              {group.hits.map((hit) => {
                const i = index++;
                const excerpt = hit.excerpt.some((r) => r.text.trim());
                return (
                  <div
                    role="option"
                    id={optionId(i)}
                    key={hit.record.id}
                    data-id={hit.record.id}
                    aria-selected={i === active}
                    // Named by its title and the line under it; the excerpt is its description, read
                    // after a pause, so each arrow press is not a paragraph long. (Hidden from the
                    // name, not from the description: a description may point at hidden text.)
                    aria-describedby={excerpt ? `${optionId(i)}-excerpt` : undefined}
                    class={i === active ? 'option active' : 'option'}
                    onClick={() => onOpen(hit)}
                    onMouseMove={() => i !== active && onHover(i)}
                  >
                    <span class="option-title">
                      <MarkedText runs={hit.title} fallback={hit.record.title} />
                    </span>
                    <RecordMeta record={hit.record} />
                    {excerpt && (
                      <span class="excerpt" id={`${optionId(i)}-excerpt`} aria-hidden="true">
                        <MarkedText runs={hit.excerpt} />
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      {onMore &&
        GROUP_ORDER.filter(({ kind }) => response.groups[kind].count > response.groups[kind].hits.length).map(
          ({ kind, label }) => (
            <button type="button" class="link more" key={kind} onClick={() => onMore(kind)}>
              All {response.groups[kind].count} {label.toLowerCase()} in the archive
            </button>
          ),
        )}
    </div>
  );
}
