/** The archive tab's title for a route, so history and bookmarks read well. Pure. */
import type { LoadedArchive } from './loaded-archive.ts';
import type { Route } from './parse-route.ts';

export function titleFor(route: Route, loaded: Pick<LoadedArchive, 'recordsById' | 'namesByKey'>): string {
  switch (route.view) {
    case 'home':
      return 'Talkscope archive';
    case 'search':
      return route.query ? `“${route.query}” — Talkscope` : 'Browse — Talkscope';
    case 'record':
      return `${loaded.recordsById.get(route.id)?.title ?? 'Not found'} — Talkscope`;
    case 'person':
      return `${loaded.namesByKey.get(route.key)?.name ?? route.key} — Talkscope`;
  }
}
