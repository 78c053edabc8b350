/** One onset of a zone's offset: a STANDARD or DAYLIGHT block of a VTIMEZONE. */
export interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** Local time of the onset, read in the offset before it: `YYYYMMDDTHHMMSS`. */
  start: string;
  /** UTC offsets before and after the onset, `±HHMM`. */
  from: string;
  to: string;
}

/**
 * The offsets `zone` keeps through `year`: the onset of the one in force on
 * 1 January, then each change in the year, in order. Derived from the platform's
 * own zone data through `Intl` (no bundled tz database, no network), each change
 * found by bisection to the minute. A zone without a change in the year before is
 * one STANDARD block from 1970; where the blocks name two offsets, the larger is
 * DAYLIGHT (so southern-hemisphere summers are DAYLIGHT too).
 *
 * @example zoneObservances('Asia/Kolkata', 2024) → [{ kind: 'STANDARD', start: '19700101T000000', from: '+0530', to: '+0530' }]
 * @example zoneObservances('America/New_York', 2024)[1] → { kind: 'DAYLIGHT', start: '20240310T020000', from: '-0500', to: '-0400' }
 */
export function zoneObservances(zone: string, year: number): Observance[] {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  // Minutes east of UTC at a minute since the epoch; "GMT" alone is UTC itself.
  const offsetAt = (minute: number) => {
    const name = format.formatToParts(minute * 60_000).find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?/u.exec(name);
    if (!m) throw new Error(`Time zone ${zone}: expected an offset like "GMT-05:00", found "${name}"`);
    return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  };
  const yearStart = Date.UTC(year, 0, 1) / 60_000;
  const changes: { at: number; from: number; to: number }[] = [];
  // Day by day from a year earlier, to find the onset of the offset in force on 1 January.
  // Each day's offset at midnight is read once: the end of one day is the start of the next.
  let to = offsetAt(Date.UTC(year - 1, 0, 1) / 60_000);
  for (let day = Date.UTC(year - 1, 0, 1) / 60_000; day < Date.UTC(year + 1, 0, 1) / 60_000; day += 1440) {
    const from = to;
    to = offsetAt(day + 1440);
    if (from === to) continue;
    let [lo, hi] = [day, day + 1440];
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid) === from) lo = mid;
      else hi = mid;
    }
    changes.push({ at: hi, from, to });
  }
  const before = changes.filter((c) => c.at < yearStart).at(-1);
  const kept = [...(before ? [before] : []), ...changes.filter((c) => c.at >= yearStart)];
  const first = offsetAt(yearStart);
  const onsets = before ? kept : [{ at: Date.UTC(1970, 0, 1) / 60_000 - first, from: first, to: first }, ...kept];
  const daylight = Math.max(...onsets.map((c) => c.to));
  const twoOffsets = onsets.some((c) => c.to !== daylight);
  return onsets.map((c) => ({
    kind: twoOffsets && c.to === daylight ? 'DAYLIGHT' : 'STANDARD',
    start: localStamp(c.at + c.from),
    from: offsetText(c.from),
    to: offsetText(c.to),
  }));
}

/**
 * The VTIMEZONE an iCalendar file needs for `zone` (RFC 5545 §3.6.5), its observances in
 * `year` (see `zoneObservances`), as unfolded content lines.
 */
export function vtimezoneLines(zone: string, year: number): string[] {
  const blocks = zoneObservances(zone, year).flatMap((o) => [
    `BEGIN:${o.kind}`,
    `DTSTART:${o.start}`,
    `TZOFFSETFROM:${o.from}`,
    `TZOFFSETTO:${o.to}`,
    `END:${o.kind}`,
  ]);
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...blocks, 'END:VTIMEZONE'];
}

/** `YYYYMMDDTHHMMSS` of a minute since the epoch, read as UTC. */
function localStamp(minute: number): string {
  return new Date(minute * 60_000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '');
}

function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
