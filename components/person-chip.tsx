import { counted } from './lib/counted.ts';

/** One person of the archive as a button that opens their page, with how many talks they gave. */
export function PersonChip({
  person,
  note,
  onOpen,
}: {
  person: { key: string; name: string; talks: number };
  /** A few words after the count ("this is their homepage"). */
  note?: string;
  onOpen: (key: string) => void;
}) {
  return (
    <button type="button" class="chip" data-person={person.key} onClick={() => onOpen(person.key)}>
      {person.name}
      {person.talks > 0 && <span class="count"> · {counted(person.talks, 'talk')}</span>}
      {note && <span class="count"> · {note}</span>}
    </button>
  );
}
