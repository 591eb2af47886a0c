import type { Locale } from 'date-fns';
import { formatRange } from '../dates/format-date';
import type { TimelineEvent } from '../format/types';
import type { Messages } from '../i18n/messages';

/**
 * An event's date as shown ("c. 1850" when `approximate`) or, with `spoken`, as a screen reader
 * should say it ("about 1850": "c." would be read as a letter).
 */
export function eventDate(
  event: Pick<TimelineEvent, 'date' | 'end' | 'approximate'>,
  locale: Locale,
  messages: Pick<Messages, 'circa' | 'aboutDate'>,
  spoken = false,
): string {
  const text = formatRange(event.date, event.end, locale);
  if (!event.approximate) return text;
  return spoken ? messages.aboutDate(text) : messages.circa(text);
}
