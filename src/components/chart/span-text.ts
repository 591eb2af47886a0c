import type { Locale } from 'date-fns';
import { breakSpan } from '../../layout/broken-scale';

const formats = new Map<string, Intl.NumberFormat>();

/** "5 weeks", "2 Monate", "شهران": a break's length in the reader's language. */
export function spanText(ms: number, locale: Locale): string {
  const { value, unit } = breakSpan(ms);
  // Deep time: "4.5 billion years", not "4,500,000,000 years".
  const compact = value >= 1e6;
  const key = `${locale.code ?? 'en'}|${unit}|${compact}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale.code ?? 'en', {
      style: 'unit',
      unit,
      unitDisplay: 'long',
      ...(compact ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 } : {}),
    });
    formats.set(key, format);
  }
  return format.format(value);
}
