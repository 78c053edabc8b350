/** The popup app as entrypoints/popup/main.tsx makes it, for tests: a service, what was typed, nothing remembered. */
import { PopupApp } from '../../components/popup-app.tsx';
import type { ArchiveService } from '../../components/lib/archive-service.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../components/lib/normalize-settings.ts';

export function popupAppElement(
  service: ArchiveService,
  initialQuery: string,
  settings: Settings = DEFAULT_SETTINGS,
  allYears?: string[],
  onOpenArchive: (hash: string) => void = () => {},
) {
  return (
    <PopupApp
      service={service}
      settings={settings}
      recent={[]}
      onRemember={() => {}}
      onClearRecent={() => {}}
      findings={Promise.resolve(undefined)}
      onOpenArchive={onOpenArchive}
      initialQuery={initialQuery}
      allYears={allYears}
    />
  );
}
