import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPlainLine, toPlainText } from '../../../indexer/parse/to-plain-text.ts';

describe('toPlainText', () => {
  it.each([
    ['emphasis and links', 'We use **deep** _nets_ and [PyTorch](https://pytorch.org).', 'We use deep nets and PyTorch.'],
    ['images dropped', '![poster](/img/a.png) Poster session', 'Poster session'],
    [
      'a link whose text holds a <br> and a newline',
      '[Visit this page <br>\nhttps://school.example.org/2018](https://school.example.org/)',
      'Visit this page https://school.example.org/2018',
    ],
    [
      'HTML image and paragraph',
      '<img src="/a.png" alt="x" style="width: 100%;"/>\n\n<p>Hello <em>world</em></p>',
      'Hello world',
    ],
    [
      'entities',
      'Algebra &cup; Geometry &amp; R&eacute;nyi&nbsp;entropy &#8211; &#x2014;',
      'Algebra ∪ Geometry & Rényi entropy – —',
    ],
    ['set theory entities', '&ldquo;&aleph;<sub>0</sub>-consistency&rdquo; &lang;a&rang;', '“ℵ0-consistency” ⟨a⟩'],
    // Without a semicolon only the Latin-1 names are entities: a link's query keeps its words.
    [
      'an address with entity-like words',
      'https://example.org/watch?v=1&lang=en&image=2&copy=3',
      'https://example.org/watch?v=1&lang=en&image=2©=3',
    ],
    ['soft-wrapped lines joined, paragraphs kept', 'one\ntwo\n\nthree', 'one two\n\nthree'],
    ['headings become paragraphs', '## **Overview**\nText here.', 'Overview\n\nText here.'],
    ['a bold line is a heading', '**Abstract**\nMachine learning is', 'Abstract\n\nMachine learning is'],
    ['lists as bullet lines', 'Topics:\n\n* one\n* two\n1. three', 'Topics:\n\n• one\n• two\n1. three'],
    [
      'a numbered list keeps its numbers, loose or tight',
      'Steps:\n\n1. one\n\n2. two\n3) three',
      'Steps:\n\n1. one\n2. two\n3) three',
    ],
    ['HTML lists', '<ul><li>one</li><li>two</li></ul>', '• one\n• two'],
    ['tables as rows', '| Date | Speaker |\n|---|---|\n| Oct 1 | [Ada](https://a.org) |', 'Date | Speaker\nOct 1 | Ada'],
    ['Liquid tags dropped', '{% include header.html %}\nNews {{ site.title }} here', 'News here'],
    [
      'Liquid page variables filled in',
      'A seminar from {{ page.presenter }}, {{ page.affiliation | upcase }}.',
      'A seminar from Ada Lovelace, Analytical Society.',
    ],
    ['Hugo shortcodes dropped', '{{< figure src="a.png" >}}\n{{% cta cta_link="./people/" %}}\nText', 'Text'],
    ['scripts and styles dropped with what they hold', 'One<script>x</script> two <style>p{}</STYLE>three', 'One two three'],
    // Input that once took seconds: each unclosed tag was scanned to the end of the text.
    ['thousands of unclosed tags stay text', `a ${'<div '.repeat(5000)}b`, `a ${'<div '.repeat(5000).trim()} b`],
    [
      'Quarto divs and VitePress containers: the fences go, what they hold stays',
      '::: {.callout-note}\nSlides are online.\n:::\n\n::: tip\nBring a laptop.\n:::',
      'Slides are online.\n\nBring a laptop.',
    ],
    [
      'kramdown attributes dropped',
      '[Feedback](https://forms.gle/x){:.button.button--pill}\n{:style="text-align: center;"}',
      'Feedback',
    ],
    ['scripts, iframes and comments dropped', '<script>alert(1)</script><iframe src="x"></iframe><!-- note -->Body', 'Body'],
    ['base64 images dropped', 'A <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUg=="> B', 'A B'],
    [
      'LaTeX kept readable',
      'Let $\\mu_{\\perp}(n+1)=\\mu(n)$ and $a_1 * b_2$ hold.',
      'Let $\\mu_{\\perp}(n+1)=\\mu(n)$ and $a_1 * b_2$ hold.',
    ],
    ['snake_case kept', 'use file_name_here please', 'use file_name_here please'],
    ['maths comparison kept', 'if a < b and c > d', 'if a < b and c > d'],
    ['blockquotes unquoted', '> The new model\n> architecture', 'The new model architecture'],
    ['code fences dropped, code kept', '```python\nx = 1\n```', 'x = 1'],
    [
      'links and bold wrapped across lines',
      '**18th School on\nDynamics** with Prof. [Pia\nCaldera](mailto:p@uni.example.it).',
      '18th School on Dynamics with Prof. Pia Caldera.',
    ],
    ['email autolinks', 'Contact: <ada.l@math.example.fr>.', 'Contact: ada.l@math.example.fr.'],
    ['stars left by removed Liquid', 'Talk: **{{ t.title }}** (video)\n\n****** When: Fridays', 'Talk: (video)\n\nWhen: Fridays'],
    ['WordPress maths kept as TeX', 'when [latex](2, \\sqrt{2})[/latex] is torsion', 'when $(2, \\sqrt{2})$ is torsion'],
    ['unmatched bold marks dropped', '"**Uniform dynamics"\n*"Systèmes uniformes***', '"Uniform dynamics" *"Systèmes uniformes'],
    ['a heading without its space', '##Inscrições\nEnvie um email.', 'Inscrições\n\nEnvie um email.'],
    ['mojibake repaired before spaces are touched', 'hostedÂ\u00a0virtually', 'hosted virtually'],
  ])('%s', (_, input, expected) => {
    expect(toPlainText(input, { vars: { presenter: 'Ada Lovelace', affiliation: 'Analytical Society' } })).toBe(expected);
  });

  it.each([
    ['a .txt article with one paragraph per line', 'First para.\nSecond para.', 'First para.\n\nSecond para.'],
    ['a .txt file with blank lines joins wrapped lines', 'one\ntwo\n\nthree', 'one two\n\nthree'],
  ])('plain mode: %s', (_, input, expected) => {
    expect(toPlainText(input, { mode: 'plain' })).toBe(expected);
  });

  it('toPlainLine gives one clean line', () => {
    expect(toPlainLine('  <b>Rice</b>\n540 ')).toBe('Rice 540');
    expect(toPlainLine('"Quoted" title')).toBe('"Quoted" title');
  });

  it('cleans a large post with embedded base64 in one pass', () => {
    const big = `<p>intro</p>\n${'<img src="data:image/png;base64,' + 'A'.repeat(400_000) + '">'}\n${'word_with_under *star '.repeat(5000)}`;
    const out = toPlainText(big);
    expect(out.startsWith('intro')).toBe(true);
    expect(out).not.toContain('AAAA');
  });

  const fragment = fc.constantFrom(
    'word',
    'Ada',
    ' ',
    '\n',
    '\n\n',
    '**bold**',
    '_it_',
    '[link](https://x.org)',
    '<p>',
    '</p>',
    '<br>',
    '- item',
    '# Head',
    '| a | b |',
    '{{ page.x }}',
    '{% if %}',
    '&amp;',
    'é',
    'x_1',
    '$a_b$',
    '.',
  );
  it('is idempotent on markdown-shaped text', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const once = toPlainText(parts.join(''));
        expect(toPlainText(once)).toBe(once);
      }),
      { numRuns: 400 },
    );
  });
  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(typeof toPlainText(s)).toBe('string');
      }),
    );
  });
});
