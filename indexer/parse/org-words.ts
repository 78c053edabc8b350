/**
 * The words an organisation's name starts with, for telling "Ravi Menon University of Leeds"
 * into a person and where they work. Pure.
 */

/** The kinds of organisation, as patterns: an organisation's name holds one ("Osaka City University"). */
export const ORG_KINDS: readonly string[] = [
  'universit(?:y|é|e|à|ä|at|ad|ade|eit|ät|aet)?',
  'universidade?',
  'univ\\.?',
  'institut[eo]?',
  'division',
  'observatoire',
  'observatory',
  'instituto',
  'college',
  'école',
  'ecole',
  'school',
  'laborator(?:y|ies)',
  'lab',
  'labs',
  'department',
  'dept\\.?',
  'centre',
  'center',
  'centro',
  'research',
  'inc\\.?',
  'ltd\\.?',
  'gmbh',
  'corporation',
  'company',
  'hospital',
  'academy',
  'foundation',
];

/** Words that start an organisation, not a name ("Ravi Menon University of Leeds"). */
export const ORG_WORD = orgWords(
  [...ORG_KINDS],
  // Acronyms and company names count only as written: "Mit Kotak" is a person.
  [
    'IISc',
    'IISER',
    'IIT',
    'IIIT',
    'ISI',
    'TIFR',
    'ICTS',
    'IMSc',
    'CMI',
    'HRI',
    'NISER',
    'JNCASR',
    'SUNY',
    'UCLA',
    'UCSD',
    'ETHZ?',
    'EPFL',
    'MIT',
    'M\\.I\\.T\\.?',
    'Technion',
    'CNRS',
    'INRIA',
    'Inria',
    'Google',
    'Microsoft',
    'DeepMind',
    'IBM',
    'Amazon',
    'NVIDIA',
    'Nvidia',
    'OpenAI',
  ],
);

/** Words with either case of their first letter (or all capitals), and acronyms exactly as given, as one pattern. */
function orgWords(words: string[], exact: string[]): RegExp {
  const anyCase = words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}|${w.toUpperCase()}`);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...anyCase, ...exact].join('|')})(?![\\p{L}\\p{N}])`, 'u');
}
