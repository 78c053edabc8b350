/** The archive tab's title for a route, so history and bookmarks read well. Pure. */
import type { ViewData } from './archive-view-data.ts';
import type { Route } from './parse-route.ts';

/** `data`: what the route's view shows, once it is known (undefined while the archive loads). */
export function titleFor(route: Route, data: ViewData | undefined): string {
  switch (route.view) {
    case 'home':
      return 'Talkscope archive';
    case 'search':
      return route.query ? `“${route.query}” — Talkscope` : 'Browse — Talkscope';
    case 'record':
      return data?.view === 'record' ? `${data.record?.title ?? NOT_FOUND} — Talkscope` : 'Talkscope archive';
    case 'person':
      return data?.view === 'person' ? `${data.person?.name ?? NOT_FOUND} — Talkscope` : 'Talkscope archive';
  }
}

/** A record or a person the archive does not hold: their page says so, and so does its tab. */
const NOT_FOUND = 'Not found';
