import { describe, expect, it } from 'vitest';
import { localeOf, textFault, urlFault } from '../../../src/validate/text-checks';

describe('textFault', () => {
  it.each([
    ['Putin must not win.', 'one-line'],
    ['x < y and AT&T', 'one-line'],
    ['first line\nsecond\tline', 'text'],
  ] as const)('finds nothing wrong with %j as %s', (text, kind) => {
    expect(textFault(text, kind)).toBeUndefined();
  });

  it.each([
    ['<b>bold</b>', 'text', { type: 'tag', found: '<b>' }],
    ['Tom &amp; Jerry', 'text', { type: 'entity', found: '&amp;' }],
    ['bell\u0007', 'text', { type: 'control', char: '\u0007' }],
    ['windows\r\nline', 'text', { type: 'control', char: '\r' }],
    ['two\nlines', 'one-line', { type: 'line-break' }],
    ['a\ttab', 'one-line', { type: 'tab' }],
  ] as const)('describes what is wrong with %j as %s', (text, kind, fault) => {
    expect(textFault(text, kind)).toEqual(fault);
  });
});

describe('urlFault', () => {
  it.each([
    ['https://www.nato.int/x', undefined],
    ['  ', { type: 'empty' }],
    ['//evil.example', { type: 'protocol-relative' }],
    ['www.nato.int', { type: 'not-a-url' }],
    ['javascript:alert(1)', { type: 'protocol', protocol: 'javascript:' }],
  ])('%j → %j', (url, fault) => {
    expect(urlFault(url)).toEqual(fault);
  });
});

describe('localeOf', () => {
  it.each([
    ['en-us', 'en-US'],
    ['de', 'de'],
    ['en_US', undefined],
    ['', undefined],
  ])('%j → %j', (tag, locale) => {
    expect(localeOf(tag)).toBe(locale);
  });
});
