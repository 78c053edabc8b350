import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRoot, type SourceFile } from '../../indexer/parse/parse-root.ts';
import type { TalkRecord } from '../../indexer/record.ts';

// The three seed documents the project ships in content/, read as the indexer reads them.
const ROOT = 'content';
const files: SourceFile[] = [];
for (const folder of ['talks', 'news', 'profiles']) {
  for (const name of readdirSync(join(ROOT, folder)))
    files.push({ path: `${folder}/${name}`, bytes: readFileSync(join(ROOT, folder, name)) });
}
const result = parseRoot(ROOT, files);
const byKind = (kind: TalkRecord['kind']) => {
  const r = result.records.find((x) => x.kind === kind);
  if (!r) throw new Error(`no ${kind} record`);
  return r;
};

describe('seed archive', () => {
  it('reads the same whatever the time zone', () => {
    const original = process.env.TZ;
    try {
      const runs = ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'].map((tz) => {
        process.env.TZ = tz;
        return JSON.stringify(parseRoot(ROOT, files));
      });
      expect(runs[1]).toBe(runs[0]);
      expect(runs[2]).toBe(runs[0]);
      expect(runs[0]).toContain('"date":"2023-09-20"');
    } finally {
      process.env.TZ = original;
    }
  });

  it('gives one record per seed, no errors', () => {
    expect(result.records).toHaveLength(3);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.indexed).toHaveLength(3);
  });

  describe('talk: Tom Hartvigsen', () => {
    const talk = byKind('talk');
    it.each([
      ['title', 'Towards Responsibly Deploying Machine Learning in Healthcare'],
      ['date', '2023-09-20'],
      ['time', '12:00 - 13:00 ET'],
      ['location', 'Rice 540'],
      ['source', 'talks/2023-09-20-tom-hartvigsen.md'],
      ['id', 'content/talks/2023-09-20-tom-hartvigsen.md'],
      ['line', 1],
    ] as const)('%s is %j', (field, value) => {
      expect(talk[field]).toBe(value);
    });
    it('names the speaker with affiliation and homepage, then the editor', () => {
      expect(talk.people).toEqual([
        {
          name: 'Tom Hartvigsen',
          key: 'tom hartvigsen',
          role: 'speaker',
          affiliation: 'School of Data Science, University of Virginia',
          homepage: 'https://www.tomhartvigsen.com/',
        },
        { name: 'Yen-Ling Kuo', key: 'yen ling kuo', role: 'editor' },
      ]);
    });
    it('keeps abstract and bio apart, with no heading left in either', () => {
      expect(talk.abstract).toMatch(/^Machine learning is a promising tool/);
      expect(talk.abstract).toMatch(/without retraining\.$/);
      expect(talk.abstract).not.toMatch(/Tom Hartvigsen is/);
      expect(talk.bio).toMatch(/^Tom Hartvigsen is an Assistant Professor/);
      expect(talk.bio).toMatch(/SUNY Geneseo\.$/);
      expect(talk.bio?.split('\n\n')).toHaveLength(2);
      expect(talk.body).toBeUndefined();
    });
    it('has no empty zoom link, and the summary is the first sentence of the abstract', () => {
      expect(talk.online).toBeUndefined();
      expect(talk.links).toEqual([]);
      expect(talk.summary).toBe('Machine learning is a promising tool for making healthcare cheap, fast, and accessible.');
      expect(talk.placeholder).toBeUndefined();
    });
  });

  describe('news: ICLR 2023 workshop', () => {
    const news = byKind('news');
    it.each([
      ['title', '[ICLR 2023 Workshop] Call for Papers: Trustworthy Machine Learning for Healthcare Workshop'],
      ['date', '2023-01-12'],
      [
        'summary',
        "Join our Biological Data Science, AI & Medicine workshop in Hong Kong on June 14-16! Hear from global experts on AI's latest research and applications in life sciences and medicine.",
      ],
    ] as const)('%s is %j', (field, value) => {
      expect(news[field]).toBe(value);
    });
    it('is written by Cheng Jin', () => {
      expect(news.people).toEqual([{ name: 'Cheng Jin', key: 'cheng jin', role: 'author' }]);
    });
    it('has no mojibake anywhere, and a plain space where the source had a double-encoded one', () => {
      expect(JSON.stringify(news)).not.toMatch(/Â|â€|\u00a0/);
      expect(news.body).toContain('the workshop will be hosted virtually.');
    });
    it('has a body clean of the image tag and of markdown', () => {
      expect(news.body).not.toMatch(/<img|<\/?\w+|\*\*|##|\]\(/);
      expect(news.body).toMatch(/^Following the ICLR 2023 main conference/);
      expect(news.body).toContain('• Fair ML for healthcare.');
      expect(news.body).toContain('Overview\n\nMachine learning (ML) has achieved');
    });
  });

  describe('profile: Marzyeh Ghassemi', () => {
    const profile = byKind('profile');
    it('takes the headline as title', () => {
      expect(profile.title).toBe('Marzyeh Ghassemi works to ensure health-care models are trained to be robust and fair.');
    });
    it('is about Marzyeh Ghassemi, by Michaela Jarvis of LIDS', () => {
      expect(profile.people).toEqual([
        {
          name: 'Marzyeh Ghassemi',
          key: 'marzyeh ghassemi',
          role: 'subject',
          affiliation: 'Laboratory for Information and Decision Systems',
        },
        {
          name: 'Michaela Jarvis',
          key: 'michaela jarvis',
          role: 'author',
          affiliation: 'Laboratory for Information and Decision Systems',
        },
      ]);
    });
    it('keeps the article as paragraphs, without the headline or byline', () => {
      const paragraphs = (profile.bio ?? '').split('\n\n');
      expect(paragraphs[0]).toMatch(/^Captivated as a child by video games and puzzles/);
      expect(paragraphs.length).toBeGreaterThan(20);
      expect(profile.bio).not.toContain('Michaela Jarvis |');
      expect(profile.summary).toBe(
        'Captivated as a child by video games and puzzles, Marzyeh Ghassemi was also fascinated at an early age in health.',
      );
    });
  });
});
