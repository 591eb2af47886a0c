import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuote, prepareSource } from '../../../src/studio/quote-check/check-quote';
import { passagesLacking, quotedPassages } from '../../../src/studio/quote-check/quoted-passages';
import { plainTypography } from '../../../src/studio/quote-check/typography';
import type { TimelineInput } from '../../../src/format/types';

const article = readFileSync('test/fixtures/article.txt', 'utf8');
const seed = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;
const seedQuotes = seed.events.flatMap((e) => (e.quotes ?? []).map((q) => q.text));
const source = prepareSource(article);
const marked = (segments: { text: string; differs: boolean }[]) =>
  segments.filter((s) => s.differs).map((s) => s.text);

describe('plainTypography', () => {
  it.each([
    ['Russia\u2019s war', "Russia's war"],
    ['\u201Cquoted\u201D', '"quoted"'],
    ['a \u2014 b \u2013 c \u2212 d', 'a - b - c - d'],
    ['wait\u2026', 'wait...'],
    ['two\u00A0 spaces\n\tand a tab', 'two spaces and a tab'],
    ['\u00ABguillemets\u00BB', '"guillemets"'],
  ])('%j → %j', (input, plain) => expect(plainTypography(input)).toBe(plain));
});

describe('checkQuote', () => {
  it('finds every quote of the seed verbatim in its article', () => {
    expect(seedQuotes.length).toBeGreaterThan(10);
    for (const quote of seedQuotes)
      expect(checkQuote(quote, source), quote).toEqual({ kind: 'verbatim' });
  });

  it.each([
    [
      'straight apostrophe for a curly one',
      "We are also increasingly concerned that China may be planning to provide lethal support for Russia's war",
    ],
    ['an ellipsis for words left out', 'Putin must not win\u2026 force is rewarded'],
    ['three dots for words left out', 'Putin must not win. ... It would be dangerous'],
    ['a line break for a space', 'Putin must not win.\nThat would show'],
  ])('verbatim with %s', (_why, quote) => {
    expect(checkQuote(quote, source)).toEqual({ kind: 'verbatim' });
  });

  it.each([
    [
      'one changed word',
      'Putin must not lose. That would show that aggression works',
      ['lose'],
      ['win'],
    ],
    ['one added word', 'serious and grave consequences', ['and', 'grave'], []],
    ['a dropped word', 'Putin must win. That would show that aggression works', [], ['not']],
    [
      'a changed case',
      'putin must not win. That would show that aggression works',
      ['putin'],
      ['Putin'],
    ],
  ])('with differences: %s', (_why, quote, inQuote, inSource) => {
    const verdict = checkQuote(quote, source);
    expect(verdict.kind).toBe('differs');
    if (verdict.kind !== 'differs') return;
    expect(marked(verdict.quote)).toEqual(inQuote);
    expect(marked(verdict.source)).toEqual(inSource);
    expect(verdict.quote.map((s) => s.text).join('')).toBe(quote);
  });

  it.each([
    ['words the article never says', 'We will send tanks to the moon by Tuesday'],
    ['an empty quote', '   '],
    ['one word not in it', 'armadillo'],
  ])('not found: %s', (_why, quote) => {
    expect(checkQuote(quote, source)).toEqual({ kind: 'missing' });
  });

  it('is quick on a long article', () => {
    const long = prepareSource(article.repeat(200));
    const started = performance.now();
    for (const quote of seedQuotes) checkQuote(quote.replace('war', 'conflict'), long);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('quoted passages', () => {
  it('cuts multi-paragraph quotations at line breaks and drops the trailing comma', () => {
    const text =
      'He said \u201CFirst part,\u201D and then:\n\n\u201CSecond one.\n\n\u201CThird.\u201D';
    expect(quotedPassages(text)).toEqual([
      { text: 'First part', line: 1 },
      { text: 'Second one', line: 3 },
      { text: 'Third', line: 5 },
    ]);
  });

  it('reads straight quotation marks too, within a line', () => {
    expect(quotedPassages('a "b c" d\n"e').map((p) => p.text)).toEqual(['b c']);
  });

  it('finds nothing lacking in the seed, once programme names are set aside', () => {
    expect(passagesLacking(article, seedQuotes, ['This Week', 'State of the Union'])).toEqual([]);
  });

  it('lists a quotation the timeline lacks, with its line', () => {
    const without = seedQuotes.filter((q) => !q.startsWith('Putin must not win'));
    const lacking = passagesLacking(article, without, ['This Week', 'State of the Union']);
    expect(lacking.map((p) => p.text)).toEqual([
      'Putin must not win. That would show that aggression works and force is rewarded. It would be dangerous for our own security and for the whole world',
    ]);
    expect(article.split('\n')[lacking[0]!.line - 1]).toContain('Putin must not win');
  });

  it('does not count a long passage as covered by a one-word quote inside it', () => {
    expect(
      passagesLacking('\u201Cwe reject coercion in every form\u201D', ['coercion']),
    ).toHaveLength(1);
  });
});
