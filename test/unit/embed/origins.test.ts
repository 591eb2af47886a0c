import { describe, expect, it } from 'vitest';
import { parseOrigins } from '../../../src/embed/origins';

describe('parseOrigins', () => {
  it.each([
    ['', []],
    [null, []],
    ['https://a.example', ['https://a.example']],
    ['https://a.example  http://b.example:8080', ['https://a.example', 'http://b.example:8080']],
    ['https://a.example,https://b.example', ['https://a.example', 'https://b.example']],
    // Origins only, exactly: anything more (or less) is dropped, not guessed at.
    ['https://a.example/', []],
    ['https://a.example/path', []],
    ['a.example', []],
    ['HTTPS://A.EXAMPLE', []],
    ['https://a.example:443', []],
    ['ftp://a.example', []],
    ['javascript:alert(1)', []],
    ['*', []],
  ])('%j → %j', (list, expected) => {
    expect(parseOrigins(list)).toEqual(expected);
  });
});
