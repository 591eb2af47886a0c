import { describe, expect, it } from 'vitest';
import { cssQuotes, quoteMarks } from '../../../src/i18n/quote-marks';

describe('quoteMarks', () => {
  it.each([
    ['en-US', '“', '”'],
    ['en', '“', '”'],
    ['fr', '«\u00a0', '\u00a0»'],
    ['fr-FR', '«\u00a0', '\u00a0»'],
    ['fr-CH', '«', '»'],
    ['de', '„', '“'],
    ['de-CH', '«', '»'],
    ['uk', '„', '“'],
    ['es', '«', '»'],
    ['zh-CN', '「', '」'],
    ['zh-TW', '「', '」'],
    ['zh-Hant', '「', '」'],
    ['ar', '«', '»'],
    ['ar-EG', '«', '»'],
    ['it', '“', '”'],
    ['', '“', '”'],
    ['not a tag!', '“', '”'],
    [null, '“', '”'],
    ['constructor', '“', '”'],
    ['de_AT', '„', '“'],
  ])('%s → %s…%s', (tag, open, close) => {
    expect(quoteMarks(tag)).toEqual([open, close]);
  });

  it('writes the marks as a CSS quotes value, escaping quotes and backslashes', () => {
    expect(cssQuotes(['“', '”'])).toBe('"“" "”"');
    expect(cssQuotes(['"', '\\'])).toBe('"\\"" "\\\\"');
  });
});
