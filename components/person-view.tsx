import type { PersonProfile } from './lib/person-profile.ts';
import { RecordLinkItem } from './record-link-item.tsx';
import { NotFound } from './record-view.tsx';
import type { TalkRecord } from '../indexer/record.ts';

/** A person's page: who they are, their talks, the news naming them, their profile. */
export function PersonView({ person }: { person: PersonProfile | undefined }) {
  if (!person) return <NotFound what="person" />;
  return (
    <article class="person" data-key={person.key}>
      <p class="kind">Person</p>
      <h1>{person.name}</h1>
      {person.affiliation && <p>{person.affiliation}</p>}
      {person.homepage && (
        <p>
          <a href={person.homepage} target="_blank" rel="noopener noreferrer">
            Homepage
          </a>
        </p>
      )}
      {person.variants.length > 0 && <p class="hint">Also written: {person.variants.join('; ')}</p>}
      <RecordSection title="Talks" records={person.talks} empty="No talks in the archive." />
      <RecordSection title="Talks hosted or posted" records={person.otherTalks} />
      <RecordSection title="News mentions" records={person.news} />
      <RecordSection title="Profile" records={person.profiles} />
      <p>
        <a href={`#/search?q=&person=${encodeURIComponent(person.key)}`}>Browse everything naming {person.name}</a>
      </p>
    </article>
  );
}

function RecordSection({ title, records, empty }: { title: string; records: TalkRecord[]; empty?: string }) {
  if (!records.length && !empty) return null;
  return (
    <section>
      <h2>
        {title} <span class="count">({records.length})</span>
      </h2>
      {records.length ? (
        <ul class="record-list">
          {records.map((r) => (
            <RecordLinkItem record={r} key={r.id} showKind={false} />
          ))}
        </ul>
      ) : (
        <p class="hint">{empty}</p>
      )}
    </section>
  );
}
