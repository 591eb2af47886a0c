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

  // Issue 16, finding 8: a tag starts where the HTML tokenizer says it does: "<" or "</", a
  // letter, then a name up to whitespace, "/" or ">". These passed `validate` before.
  it.each([
    ['<svg/onload=alert(1)>', '<svg/onload=alert(1)>'],
    ['x <img/src=x/onerror=alert(1)> y', '<img/src=x/onerror=alert(1)>'],
    ['</script/x>', '</script/x>'],
    ['<a:b onclick=alert(1)>', '<a:b onclick=alert(1)>'],
    ['<https://x.example/onclick=alert(1)>', '<https://x.example/onclick=alert(1)>'],
    ['<B\fonclick=x>', '<B\fonclick=x>'],
  ])('finds the tag in %j', (text, found) => {
    expect(textFault(text, 'text')).toEqual({ type: 'tag', found });
  });

  // A bare `<name>` that names no element and carries no attributes stays text.
  it.each(['a < b', '<3', 'x <= y', '< b>', '<_x>', '</ x>', '<a.b>', '<jens@nato.int>', '<b'])(
    'finds no tag in %j',
    (text) => {
      expect(textFault(text, 'text')).toBeUndefined();
    },
  );

  it('stays linear on 100,000 "<a" without ">"', () => {
    const started = performance.now();
    expect(textFault('<a '.repeat(100_000), 'text')).toBeUndefined();
    expect(textFault('<a'.repeat(100_000), 'text')).toBeUndefined();
    expect(textFault('<a.b>'.repeat(100_000), 'text')).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
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
