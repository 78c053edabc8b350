/**
 * True when a field holds something: not null, empty, blank or `false`; a list
 * with at least one such item; a non-empty map; any number or date.
 *
 * @example hasValue('  ') === false
 * @example hasValue([null, 'x']) === true
 */
export function hasValue(v: unknown): boolean {
  if (v === null || v === undefined || v === false) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.some(hasValue);
  if (v instanceof Date) return true;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** `true`, `"yes"`, `"true"` or `"1"`: a flag that is set. */
export function truthy(v: unknown): boolean {
  return v === true || (typeof v === 'string' && /^(?:true|yes|1)$/i.test(v.trim()));
}

/** A field value as text: strings as they are, lists joined, dates in ISO form, a map by its name or title. */
export function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  if (Array.isArray(v)) return v.map(scalarText).filter(Boolean).join(', ');
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return scalarText(o.name ?? o.title ?? o.text ?? '');
  }
  return '';
}
