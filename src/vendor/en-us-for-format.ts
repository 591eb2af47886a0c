/**
 * date-fns' en-US locale, trimmed to what `format` reads (see the alias in vite.config.ts, which
 * puts this module in place of `date-fns/locale/en-US` for our imports and for date-fns' own
 * default locale). The full locale also carries `match`, the tables that date-fns' `parse` reads
 * month and day names with, and the wording of `formatDistance` and `formatRelative`: Dateline
 * calls none of those (test/unit/en-us-for-format.test.ts checks which date-fns functions the
 * source imports), and they were 1.6 KB gzip of every reader's download.
 *
 * The other locales are loaded whole, on demand (`date-locale.ts`), and cost nothing up front.
 */
import type { Locale } from 'date-fns';
import { formatLong } from '../../node_modules/date-fns/locale/en-US/_lib/formatLong.js';
import { localize } from '../../node_modules/date-fns/locale/en-US/_lib/localize.js';

/** What `format` reads of a locale, and its code. */
export const enUS: Pick<Locale, 'code' | 'formatLong' | 'localize' | 'options'> = {
  code: 'en-US',
  formatLong,
  localize,
  options: { weekStartsOn: 0, firstWeekContainsDate: 1 },
};

export default enUS;
