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
      return data?.view === 'record' ? `${data.record?.title ?? 'Not found'} — Talkscope` : 'Talkscope archive';
    case 'person':
      return data?.view === 'person' ? `${data.person?.name ?? route.key} — Talkscope` : 'Talkscope archive';
  }
}
