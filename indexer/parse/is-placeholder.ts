/**
 * True for values that stand in for something not known yet or a week without a
 * talk: empty, "TBA", "TBD", "to be announced", "Speaker TBA", "No seminar",
 * "Seminar cancelled", "Details to come", "Lunch Hour", "FirstName LastName" (templates), and their
 * French, Portuguese, Spanish and Italian forms.
 *
 * @example isPlaceholder('Speaker TBA') === true
 * @example isPlaceholder('Tom Hartvigsen') === false
 */
export function isPlaceholder(value: string | undefined): boolean {
  if (value === undefined) return true;
  const s = value.trim().replace(/^[[(“"'\s]+|[\])”"'.!\s]+$/g, '');
  if (!s) return true;
  return PLACEHOLDER.test(s);
}

const WORDS = [
  't\\.?b\\.?[adc]\\.?(?:\\s.*)?',
  'n/?a',
  'none',
  'null',
  '-+',
  '\\?+',
  'to be (?:announced|determined|confirmed|decided|defined)',
  '(?:speaker|title|affiliation|abstract|topic|talk|location|room|bio)\\s*(?:tba|tbd|tbc|to be announced|to come|to be determined)',
  '(?:à|a) (?:définir|definir|confirmer|confirmar|anunciar)',
  'da (?:definire|confermare)',
  'no (?:[\\w-]+ ){0,3}(?:seminar|talk|meeting|session|colloquium|class)s?(?:\\b.*)?',
  '(?:seminar |talk |meeting )?(?:cancell?ed|postponed)(?:\\b.*)?',
  'pas de séminaire.*',
  'sem seminário.*',
  '(?:spring |fall |winter |summer |thanksgiving |holiday )?break',
  'holiday',
  // A social hour in a seminar's schedule, written where the speaker goes.
  '(?:lunch|coffee|tea|social|happy) (?:hour|break)',
  'details to come',
  'coming soon',
  'first\\s*name\\s+last\\s*name',
  'your name',
  'name surname',
];
const PLACEHOLDER = new RegExp(`^(?:${WORDS.join('|')})$`, 'i');
