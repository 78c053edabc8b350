/**
 * A seeded generator of realistic synthetic records, to measure search at sizes
 * the real corpus does not reach (10k, 50k records).
 *
 * Realistic in the ways that cost: words follow a Zipf–Mandelbrot law over a
 * vocabulary that keeps growing with the archive (a few hundred common academic
 * words and a long tail of made-up technical terms, about 40,000 words at 10k
 * records, as the real corpus has at 7k). The law is set so the most common
 * indexed word is in about 45% of records and the 1000th in about 3% (the real
 * corpus: 39% and 1%), a little harder on search than the real archives; names repeat (a speaker gives several
 * talks), some names carry accents, a share of records have long bodies, a few
 * are placeholders. The same seed and size always give the same records.
 *
 * @example makeSyntheticRecords(10_000, 1).length === 10_000
 */
import type { Kind, Person, TalkRecord } from '../../indexer/record.ts';
import { personKey } from '../../indexer/people/person-key.ts';

/** mulberry32: small, fast, and the same everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = (
  'learning model models data network networks graph graphs theory analysis method methods approach problem problems ' +
  'algorithm algorithms optimization inference estimation random stochastic linear nonlinear dynamics dynamical system systems ' +
  'quantum physics neural deep language languages reasoning robust robustness fairness privacy causal bayesian probability ' +
  'distribution distributions sampling geometry algebra algebraic topology manifold manifolds equation equations differential ' +
  'partial operator operators spectral matrix matrices tensor sparse convex control reinforcement policy agent agents game games ' +
  'design interaction human computer interface visualization health medical clinical imaging image images vision signal signals ' +
  'time series forecasting prediction classification regression kernel gaussian process processes markov chain chains ' +
  'representation representations structure structures group groups number numbers prime field fields function functions space ' +
  'spaces invariant invariants cohomology homology category categories logic set sets theoretic cardinal cardinals forcing ' +
  'scheduling planning energy climate ecology population populations evolution genetic genomics protein cell cells biology ' +
  'efficient scalable fast large small high dimensional low rank approximation bounds lower upper complexity hardness ' +
  'generalization training adversarial attack attacks detection generative diffusion transformer transformers attention ' +
  'benchmark evaluation study survey framework frameworks toward towards beyond understanding new recent results applications ' +
  'seminar talk workshop lecture colloquium research students faculty department university lab group award prize fellowship'
).split(' ');

const SYLLABLES =
  'ka lo mi re sta vo ne tri po qua len sor bi fel gra mon ter vel zi cho pha xen dru lim ar ul bo fin gel hu jo kri mar nu pel rin sha tov wen yo'.split(
    ' ',
  );

const FIRST = (
  'Tom Anna Maria José Li Wei Priya Arjun Sofia Lukas Chloé Mateus Hiroshi Yuki Olga Ivan Fatima Omar Emma Noah ' +
  'Zoë Søren Ana Pál Björn Ines Kwame Amara Jae Min Rahul Sneha Elena Marco Giulia Léa Hugo Nadia Samuel Ruth'
).split(' ');
const LAST = (
  'Hartvigsen Erdős García Müller Nguyen Chen Wang Kumar Singh Rossi Bianchi Dubois Martin Kowalski Novák Andersson ' +
  'Okafor Mensah Tanaka Suzuki Kim Park Ivanova Petrov Haddad Costa Silva Santos Fernández López Schmidt Weber ' +
  'Jensen Nielsen Brown Smith Johnson Lee Gupta Iyer Rao Cohen Levi Moreau Lefèvre Østergaard Çelik Yılmaz Žukauskas'
).split(' ');

const SERIES = [
  'ml-seminar',
  'logic-seminar',
  'math-colloquium',
  'hci-lab',
  'ecology-lab',
  'statml-reading-group',
  'theory-seminar',
  'physics-ai-institute',
  'algebra-seminar',
  'dynamics-group',
  'nlp-group',
  'vision-lab',
  'health-data-lab',
  'sched-seminar',
  'rl-theory-seminar',
  'combinatorics-seminar',
  'analysis-seminar',
  'geometry-seminar',
  'data-science-institute',
  'robotics-lab',
];

/**
 * @param count how many records
 * @param seed the same seed gives the same records
 */
export function makeSyntheticRecords(count: number, seed = 1): TalkRecord[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Heaps' law: the vocabulary grows with the square root of the archive.
  const tail = Array.from({ length: Math.round(400 * Math.sqrt(count)) }, () => {
    const n = 2 + Math.floor(random() * 3);
    return Array.from({ length: n }, () => pick(SYLLABLES)).join('');
  });
  const vocabulary = [...COMMON, ...new Set(tail)];
  const zipf = zipfSampler(vocabulary.length, random);
  const word = () => vocabulary[zipf()] as string;
  const words = (n: number) => Array.from({ length: n }, word);
  const sentence = (n: number) => {
    const w = words(n);
    w[0] = capitalise(w[0] as string);
    return `${w.join(' ')}.`;
  };
  const paragraph = (sentences: number) =>
    Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 14))).join(' ');

  // People: about one per four records, each giving a few talks.
  const people = Array.from({ length: Math.max(10, Math.round(count / 4)) }, () => `${pick(FIRST)} ${pick(LAST)}`);
  const person = (role: Person['role']): Person => {
    const name = people[Math.floor(Math.pow(random(), 1.5) * people.length)] as string;
    return { name, key: personKey(name), role };
  };

  const records: TalkRecord[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const kind: Kind = roll < 0.7 ? 'talk' : roll < 0.85 ? 'news' : 'profile';
    const series = pick(SERIES);
    const year = 2005 + Math.floor(random() * 22);
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const placeholder = kind === 'talk' && random() < 0.03;
    const id = `${series}/${kind === 'talk' ? 'talks' : kind === 'news' ? 'news' : 'profiles'}/${String(i).padStart(6, '0')}.md`;
    const base = {
      id,
      kind,
      series,
      root: `synthetic/${series}`,
      source: id.slice(series.length + 1),
      line: 1,
      links: [],
      related: [],
    };
    if (placeholder) {
      records.push({ ...base, title: 'TBA', people: [], date, topics: [], placeholder: true });
      continue;
    }
    if (kind === 'profile') {
      const subject = person('subject');
      records.push({
        ...base,
        title: subject.name,
        people: [subject],
        bio: paragraph(3 + Math.floor(random() * 4)),
        topics: words(3),
      });
      continue;
    }
    const speakers =
      kind === 'talk'
        ? [person('speaker'), ...(random() < 0.15 ? [person('speaker')] : [])]
        : random() < 0.5
          ? [person('author')]
          : [];
    const hosts = kind === 'talk' && random() < 0.4 ? [person('host')] : [];
    const abstract = kind === 'talk' ? paragraph(3 + Math.floor(random() * 6)) : undefined;
    const body =
      random() < 0.3 ? Array.from({ length: 2 + Math.floor(random() * 6) }, () => paragraph(4)).join('\n\n') : undefined;
    const title = capitalise(words(4 + Math.floor(random() * 8)).join(' '));
    records.push({
      ...base,
      title,
      people: [...speakers, ...hosts],
      date,
      ...(abstract ? { abstract, summary: abstract.slice(0, abstract.indexOf('.') + 1) } : {}),
      ...(body ? { body } : {}),
      ...(kind === 'talk' && random() < 0.5 ? { bio: paragraph(2) } : {}),
      topics: words(2 + Math.floor(random() * 3)),
    });
  }
  return records;
}

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+50): the flat
 * head stands for the stop words the index leaves out.
 */
function zipfSampler(n: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) cumulative[r] = total += 1 / (r + 50);
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function capitalise(s: string): string {
  return s ? (s[0] as string).toUpperCase() + s.slice(1) : s;
}
