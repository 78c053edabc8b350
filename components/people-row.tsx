import type { PersonMatch } from './lib/find-people.ts';

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
            <button type="button" class="chip" data-person={p.key} onClick={() => onOpenPerson(p.key)}>
              {p.name}
              {p.talks > 0 && (
                <span class="count">
                  {' '}
                  · {p.talks} talk{p.talks === 1 ? '' : 's'}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
