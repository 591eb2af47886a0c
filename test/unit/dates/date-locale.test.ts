import { describe, expect, it } from 'vitest';
import { loadDateLocale, resolveDateLocaleTag } from '../../../src/dates/date-locale';

describe('resolveDateLocaleTag', () => {
  it.each([
    ['en-US', 'en-US'],
    ['en', 'en-US'],
    ['en-GB', 'en-GB'],
    ['en-gb', 'en-GB'],
    ['en_GB', 'en-GB'],
    ['en-SG', 'en-US'],
    ['de', 'de'],
    ['de-DE', 'de'],
    ['de-AT', 'de-AT'],
    ['de-CH', 'de'],
    ['fr', 'fr'],
    ['fr-BE', 'fr'],
    ['es-MX', 'es'],
    ['uk', 'uk'],
    ['uk-UA', 'uk'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-HK'],
    ['zh-Hant-MO', 'zh-HK'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['tlh', 'en-US'],
    ['', 'en-US'],
    ['not a tag!', 'en-US'],
    [undefined, 'en-US'],
  ])('%j → %s', (tag, expected) => {
    expect(resolveDateLocaleTag(tag)).toBe(expected);
  });
});

describe('loadDateLocale', () => {
  it.each([
    ['en-US', 'en-US'],
    ['en-GB', 'en-GB'],
    ['de', 'de'],
    ['fr', 'fr'],
    ['es', 'es'],
    ['uk', 'uk'],
    ['zh-CN', 'zh-CN'],
    ['ar', 'ar'],
    ['pt-BR', 'pt-BR'],
    ['xx-YY', 'en-US'],
  ])('%s loads date-fns locale %s', async (tag, code) => {
    expect((await loadDateLocale(tag)).code).toBe(code);
  });
});
