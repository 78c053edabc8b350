import type { LoadedArchive } from './lib/loaded-archive.ts';
import { summarizeHome } from './lib/home-summary.ts';
import { formatDate, isoToday } from './lib/format-date.ts';
import { RecordLinkItem } from './record-link-item.tsx';

/** The archive home: upcoming talks, latest news, the archive's size and build date. */
export function HomeView({ loaded, now }: { loaded: LoadedArchive; now: () => Date }) {
  const home = summarizeHome(loaded, isoToday(now()));
  const { counts } = loaded.info;
  return (
    <>
      <h1>The talk archive</h1>
      <p class="stats">
        {counts.talk} talks, {counts.news} news posts and {counts.profile} profiles about {counts.people} people, from{' '}
        {loaded.info.roots.length} series.
        {loaded.info.builtAt && <> Built {formatDate(loaded.info.builtAt)}.</>}
        {loaded.info.newestDate && <> Newest entry: {formatDate(loaded.info.newestDate)}.</>}
      </p>
      <div class="home-grid">
        <section aria-labelledby="upcoming">
          <h2 id="upcoming">{home.upcoming.length ? 'Upcoming talks' : 'Latest talks'}</h2>
          {home.upcoming.length === 0 && <p class="hint">No talk is scheduled after today.</p>}
          <ul class="record-list">
            {(home.upcoming.length ? home.upcoming : home.recentTalks).map((r) => (
              <RecordLinkItem record={r} key={r.id} showKind={false} />
            ))}
          </ul>
          <p>
            <a href="#/search?q=&kind=talk">All talks</a>
          </p>
        </section>
        <section aria-labelledby="news">
          <h2 id="news">Latest news</h2>
          {home.latestNews.length === 0 && <p class="hint">No news in this archive.</p>}
          <ul class="record-list">
            {home.latestNews.map((r) => (
              <RecordLinkItem record={r} key={r.id} showKind={false} />
            ))}
          </ul>
          <p>
            <a href="#/search?q=&kind=news">All news</a>
          </p>
        </section>
      </div>
    </>
  );
}
