/**
 * Repairs text that was encoded as UTF-8, read back as Windows-1252 and saved
 * again as UTF-8 ("hostedÂ virtually", "donâ€™t"), a common accident of web
 * archives.
 *
 * Contract: a run is replaced only when its characters, taken back to their
 * Windows-1252 bytes, form one valid UTF-8 character; any other text is left
 * exactly as it is, so correct accented text ("café—") is never touched.
 *
 * @example repairMojibake('hostedÂ\u00a0virtually') === 'hosted\u00a0virtually'
 * @example repairMojibake('donâ€™t') === 'don’t'
 */
export function repairMojibake(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(RUN, (run) => {
    const lead = run.charCodeAt(0);
    const size = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (run.length < size) return run;
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      const b = byteOf(run.charCodeAt(i));
      if (b < 0) return run;
      bytes[i] = b;
    }
    try {
      const decoded = UTF8.decode(bytes);
      return [...decoded].length === 1 ? decoded + run.slice(size) : run;
    } catch {
      return run;
    }
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Windows-1252 bytes 0x80–0x9f that map outside Latin-1. */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_HIGH[code] ?? -1;
}

const CONT =
  '\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122';
const SUSPECT =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;
const RUN = new RegExp(`[\\u00c2-\\u00f4][${CONT}]{1,3}`, 'g');
