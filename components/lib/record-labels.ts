/** How a record is named in a line of text: its kind, and the people it is about. Pure. */
import type { Kind, Person, TalkRecord } from '../../indexer/record.ts';

const KIND_LABEL: Record<Kind, string> = { talk: 'Talk', news: 'News', profile: 'Profile' };

/** A record's kind as a person reads it: "Talk", "News", "Profile". */
export function kindLabel(kind: Kind): string {
  return KIND_LABEL[kind];
}

// As the popup's groups name them (GROUP_ORDER): a group of profiles is "People".
const KINDS_LABEL: Record<Kind, string> = { talk: 'talks', news: 'news', profile: 'people' };

/** Several kinds as one choice: "Talks and news". One is its `kindLabel`. */
export function kindsLabel(kinds: readonly Kind[]): string {
  if (kinds.length === 1) return kindLabel(kinds[0]!);
  const text = kinds.map((k) => KINDS_LABEL[k]).join(' and ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who a record is about, in its order: not a talk's host, nor whoever posted the page. */
export function peopleAbout(record: TalkRecord): Person[] {
  return record.people.filter((p) => p.role !== 'editor' && p.role !== 'host');
}
