import type { TalkRecord } from '../indexer/record.ts';
import { icsFileName, makeIcs } from './lib/make-ics.ts';

/** "Add to calendar": an .ics file made on the spot, for a talk with a date. */
export function IcsLink({ record, now = () => new Date() }: { record: TalkRecord; now?: () => Date }) {
  if (record.kind !== 'talk' || !record.date) return null;
  const onClick = (event: MouseEvent) => {
    const text = makeIcs(record, now());
    if (!text) return;
    const a = event.currentTarget as HTMLAnchorElement;
    // A fresh object URL per click; the browser downloads it, then it is released.
    a.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  return (
    <a class="button" href="#" download={icsFileName(record)} onClick={onClick} data-action="ics">
      Add to calendar
    </a>
  );
}
