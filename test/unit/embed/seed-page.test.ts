// Whether the prerendered page can hydrate in the language the server drew it in: the loaders
// fall back to English when a file does not load, and that must not pass for the real thing.
import { describe, expect, it } from 'vitest';
import { enUS } from 'date-fns/locale/en-US';
import { de } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import type { Locale } from 'date-fns';
import type { Timeline } from '../../../src/format/types';
import german from '../../../src/i18n/catalogs/de';
import { en, type Messages } from '../../../src/i18n/messages';
import { missingLanguage } from '../../../src/embed/seed-page';

const timeline = (locale: string | undefined) => ({ locale }) as Timeline;
const language = (messages: Messages, dateLocale: Locale) => ({
  messages,
  dateLocale,
  lang: 'x',
  dir: 'ltr' as const,
});

describe('missingLanguage', () => {
  it.each([
    ['en-US, all in the bundle', 'en-US', en, enUS, null],
    ['no locale: US English', undefined, en, enUS, null],
    ['de, both loaded', 'de', german, de, null],
    ['de-DE, both loaded', 'de-DE', german, de, null],
    ['de, strings refused', 'de', en, de, 'its interface strings (de)'],
    ['de, dates refused', 'de', german, enUS, 'its date formats (de)'],
    ['de, both refused', 'de', en, enUS, 'its interface strings (de)'],
    ['nl: English strings by design, Dutch dates loaded', 'nl', en, nl, null],
    ['nl, dates refused', 'nl', en, enUS, 'its date formats (nl)'],
    ['en-GB, dates loaded', 'en-GB', en, enGB, null],
    ['en-GB, dates refused', 'en-GB', en, enUS, 'its date formats (en-GB)'],
    ['an unknown language: US English by design', 'xx', en, enUS, null],
  ] as const)('%s', (_, locale, messages, dates, expected) => {
    expect(missingLanguage(timeline(locale), language(messages, dates))).toBe(expected);
  });
});
