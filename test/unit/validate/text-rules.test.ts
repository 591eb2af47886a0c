import { describe, expect, it } from 'vitest';
import { canonicalLocale, plainTextProblem, urlProblem } from '../../../src/validate/text-rules';

describe('plainTextProblem', () => {
  it.each([
    ['Putin must not win.', 'one-line'],
    ['x < y and y > z', 'one-line'],
    ['<3 and a<b', 'one-line'],
    ['AT&T and R&D; Q&A', 'one-line'],
    // `<https://nato.int>` is a tag to the HTML tokenizer (issue 16, finding 8): refused now.
    ['<jens@nato.int> or https://nato.int', 'one-line'],
    ['first line\nsecond\tline', 'text'],
    ['’“emoji” 😀', 'one-line'],
  ] as const)('accepts %j as %s', (text, kind) => {
    expect(plainTextProblem(text, kind, 'a title')).toBeUndefined();
  });

  it.each([
    ['<script>alert(1)</script>', 'text', 'HTML is not allowed here; write plain text'],
    ['<b>bold</b>', 'text', 'HTML is not allowed here'],
    ['end</p>', 'text', 'HTML is not allowed here'],
    ['<img src=x onerror=alert(1)>', 'text', 'HTML is not allowed here'],
    ['<br/>', 'text', 'HTML is not allowed here'],
    ['a <!-- note --> b', 'text', 'HTML is not allowed here'],
    ['Tom &amp; Jerry', 'text', '&amp; would be shown as it is'],
    ['it&#39;s', 'text', 'HTML is not allowed here'],
    ['bell\u0007', 'text', 'control character U+0007'],
    ['nul\u0000', 'text', 'control character U+0000'],
    ['c1\u0085', 'text', 'control character U+0085'],
    ['windows\r\nline', 'text', 'carriage return'],
    ['two\nlines', 'one-line', 'line breaks are not allowed in a title'],
    ['a\ttab', 'one-line', 'tab characters are not allowed in a title'],
  ] as const)('rejects %j as %s', (text, kind, fragment) => {
    expect(plainTextProblem(text, kind, 'a title')).toContain(fragment);
  });
});

describe('urlProblem', () => {
  it.each(['https://www.nato.int/x?y=1#z', 'http://example.com', ' https://example.com '])(
    'accepts %j',
    (url) => expect(urlProblem(url)).toBeUndefined(),
  );

  it.each([
    ['javascript:alert(1)', 'not javascript:'],
    [' JavaScript:alert(1)', 'not javascript:'],
    ['java\nscript:alert(1)', 'not javascript:'],
    ['data:text/html,x', 'not data:'],
    ['file:///etc/passwd', 'not file:'],
    ['mailto:desk@example.com', 'not mailto:'],
    ['//evil.example/x', 'protocol-relative'],
    ['/news/x', 'not a complete web address'],
    ['www.nato.int', 'not a complete web address'],
    ['', 'the url is empty'],
  ])('rejects %j', (url, fragment) => {
    expect(urlProblem(url)).toContain(fragment);
  });
});

describe('canonicalLocale', () => {
  it.each([
    ['en', 'en'],
    ['en-us', 'en-US'],
    ['DE-de', 'de-DE'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
  ])('%s → %s', (tag, locale) => {
    expect(canonicalLocale(tag)).toEqual({ locale });
  });

  it.each([
    ['en_US', 'write "en-US"'],
    ['', 'is not a valid language tag'],
    ['en US', 'is not a valid language tag'],
  ])('rejects %j', (tag, fragment) => {
    const result = canonicalLocale(tag);
    expect('error' in result && result.error).toContain(fragment);
  });
});
