import type { BuildInfo } from '../indexer/bundle-format.ts';
import type { HomeSummary } from './lib/home-summary.ts';
import { formatDate } from './lib/format-date.ts';
import { RecordLinkItem } from './record-link-item.tsx';

/** The archive home: upcoming talks, latest news, the archive's size and build date. */
export function HomeView({ info, home }: { info: BuildInfo; home: HomeSummary }) {
  const { counts } = info;
  return (
    <>
      <h1>The talk archive</h1>
      <p class="stats">
        {counts.talk} talks, {counts.news} news posts and {counts.profile} profiles about {counts.people} people, from{' '}
        {info.roots.length} series.
        {info.builtAt && <> Built {formatDate(info.builtAt)}.</>}
        {info.newestDate && <> Newest entry: {formatDate(info.newestDate)}.</>}
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
