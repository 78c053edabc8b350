/** The popup app as entrypoints/popup/main.tsx makes it, for tests: a service, what was typed, nothing remembered. */
import { PopupApp } from '../../components/popup-app.tsx';
import type { ArchiveService } from '../../components/lib/archive-service.ts';
import { DEFAULT_SETTINGS } from '../../components/lib/normalize-settings.ts';

export function popupAppElement(service: ArchiveService, initialQuery: string) {
  return (
    <PopupApp
      service={service}
      settings={DEFAULT_SETTINGS}
      recent={[]}
      onRemember={() => {}}
      onClearRecent={() => {}}
      findings={Promise.resolve(undefined)}
      onOpenArchive={() => {}}
      initialQuery={initialQuery}
    />
  );
}
