import { describe, expect, it } from 'vitest';
import { inlineJson } from '../../../src/ssr/inline-json';

describe('inlineJson', () => {
  it.each([
    ['a closing script tag', '</script><script>alert(1)</script>'],
    ['a closing tag in any case', '</SCRIPT >'],
    ['a comment opener', '<!-- <script>'],
    ['an end tag the validator lets through', 'a </script/ b'],
    ['the line separators', 'a\u2028b\u2029c'],
    ['plain text', 'NATO and the U.S. warn China'],
  ])('writes %s so no "<" is left and JSON.parse gives it back', (_, text) => {
    const value = { title: text, events: [{ quotes: [{ text }] }] };
    const out = inlineJson(value);
    expect(out).not.toContain('<');
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});
