/**
 * The language a timeline is read in: its date locale, its interface strings and direction, and
 * the formatting of dates before 1 AD when it has any (a chunk loaded only for such timelines).
 * One place for the app's loader, the prerendered page's server render and its hydration: the
 * last two must find the same words for hydration to keep the server's markup.
 */
import type { Locale } from 'date-fns';
import { loadDateLocale, loadHistoric } from '../dates/format-date';
import { YEAR_ONE_MS } from '../dates/years';
import type { Timeline } from '../format/types';
import { loadMessages } from '../i18n/load-messages';
import type { Messages } from '../i18n/messages';

/** The language a timeline is shown in: interface strings, dates, direction. */
export interface Language {
  messages: Messages;
  dateLocale: Locale;
  /** For the `lang` attribute. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** `tag`: a language the page asks for instead of the timeline's own (`locale=`). */
export async function loadLanguage(timeline: Timeline, tag = timeline.locale): Promise<Language> {
  const { events, periods } = timeline;
  const early = Math.min(events[0]?.start ?? Infinity, periods?.[0]?.start ?? Infinity);
  const [dateLocale, { messages, lang, dir }] = await Promise.all([
    loadDateLocale(tag),
    loadMessages(tag),
    early < YEAR_ONE_MS ? loadHistoric() : undefined,
  ]);
  return { messages, dateLocale, lang, dir };
}
