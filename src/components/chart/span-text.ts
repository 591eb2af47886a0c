import type { Locale } from 'date-fns';
import { breakSpan } from '../../layout/broken-scale';

const formats = new Map<string, Intl.NumberFormat>();

/** "5 weeks", "2 Monate", "شهران": a break's length in the reader's language. */
export function spanText(ms: number, locale: Locale): string {
  const { value, unit } = breakSpan(ms);
  const key = `${locale.code ?? 'en'}|${unit}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale.code ?? 'en', {
      style: 'unit',
      unit,
      unitDisplay: 'long',
    });
    formats.set(key, format);
  }
  return format.format(value);
}
