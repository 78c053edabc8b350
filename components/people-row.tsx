import type { PersonMatch } from './lib/find-people.ts';
import { PersonChip } from './person-chip.tsx';

/** People of the archive whose names match what is typed; each opens their page in the archive. */
export function PeopleRow({ people, onOpenPerson }: { people: PersonMatch[]; onOpenPerson: (key: string) => void }) {
  if (!people.length) return null;
  return (
    <section class="people-row" aria-labelledby="people-row-heading">
      <h2 id="people-row-heading" class="group-heading">
        Speakers and people
      </h2>
      <ul class="chips">
        {people.map((p) => (
          <li key={p.key}>
            <PersonChip person={p} onOpen={onOpenPerson} />
          </li>
        ))}
      </ul>
    </section>
  );
}
