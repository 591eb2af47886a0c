/**
 * Maps a timeline's BCP 47 `locale` to a date-fns locale. en-US ships in the main bundle; every
 * other locale is a separate chunk loaded with `import()`, so a reader downloads only the one
 * the timeline uses. Each loader is a literal `import('date-fns/locale/…')` because bundlers
 * can only split what they can see.
 */
import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';

export const DEFAULT_DATE_LOCALE = 'en-US';

const LOADERS: Record<string, () => Promise<Locale>> = {
  'en-US': async () => enUS,
  'en-GB': () => import('date-fns/locale/en-GB').then((m) => m.enGB),
  'en-AU': () => import('date-fns/locale/en-AU').then((m) => m.enAU),
  'en-CA': () => import('date-fns/locale/en-CA').then((m) => m.enCA),
  'en-IE': () => import('date-fns/locale/en-IE').then((m) => m.enIE),
  'en-IN': () => import('date-fns/locale/en-IN').then((m) => m.enIN),
  'en-NZ': () => import('date-fns/locale/en-NZ').then((m) => m.enNZ),
  'en-ZA': () => import('date-fns/locale/en-ZA').then((m) => m.enZA),
  ar: () => import('date-fns/locale/ar').then((m) => m.ar),
  de: () => import('date-fns/locale/de').then((m) => m.de),
  'de-AT': () => import('date-fns/locale/de-AT').then((m) => m.deAT),
  es: () => import('date-fns/locale/es').then((m) => m.es),
  fr: () => import('date-fns/locale/fr').then((m) => m.fr),
  'fr-CA': () => import('date-fns/locale/fr-CA').then((m) => m.frCA),
  'fr-CH': () => import('date-fns/locale/fr-CH').then((m) => m.frCH),
  he: () => import('date-fns/locale/he').then((m) => m.he),
  it: () => import('date-fns/locale/it').then((m) => m.it),
  ja: () => import('date-fns/locale/ja').then((m) => m.ja),
  ko: () => import('date-fns/locale/ko').then((m) => m.ko),
  nl: () => import('date-fns/locale/nl').then((m) => m.nl),
  pl: () => import('date-fns/locale/pl').then((m) => m.pl),
  pt: () => import('date-fns/locale/pt').then((m) => m.pt),
  'pt-BR': () => import('date-fns/locale/pt-BR').then((m) => m.ptBR),
  ru: () => import('date-fns/locale/ru').then((m) => m.ru),
  tr: () => import('date-fns/locale/tr').then((m) => m.tr),
  uk: () => import('date-fns/locale/uk').then((m) => m.uk),
  'zh-CN': () => import('date-fns/locale/zh-CN').then((m) => m.zhCN),
  'zh-HK': () => import('date-fns/locale/zh-HK').then((m) => m.zhHK),
  'zh-TW': () => import('date-fns/locale/zh-TW').then((m) => m.zhTW),
};

/** For a bare language (or an unknown region of it), the locale most of its readers expect. */
const LANGUAGE_DEFAULTS: Record<string, string> = { en: 'en-US', zh: 'zh-CN' };

/**
 * The supported locale for a BCP 47 tag: the exact tag, else its language (for Chinese, by
 * script: Traditional → zh-TW, or zh-HK for Hong Kong and Macau), else en-US. Never throws.
 */
export function resolveDateLocaleTag(tag: string | undefined): string {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale((tag ?? '').trim().replaceAll('_', '-'));
  } catch {
    return DEFAULT_DATE_LOCALE;
  }
  const { language, region } = locale;
  const exact = region ? `${language}-${region}` : language;
  if (Object.hasOwn(LOADERS, exact)) return exact;
  if (language === 'zh') {
    if (locale.maximize().script !== 'Hant') return 'zh-CN';
    return region === 'HK' || region === 'MO' ? 'zh-HK' : 'zh-TW';
  }
  if (Object.hasOwn(LOADERS, language)) return language;
  return Object.hasOwn(LANGUAGE_DEFAULTS, language)
    ? LANGUAGE_DEFAULTS[language]!
    : DEFAULT_DATE_LOCALE;
}

/**
 * The date-fns locale for a timeline's `locale` tag; see `resolveDateLocaleTag`. If the chunk
 * cannot be fetched (offline, a stale deploy), dates fall back to en-US rather than the timeline
 * failing to show.
 */
export async function loadDateLocale(tag: string | undefined): Promise<Locale> {
  const load = LOADERS[resolveDateLocaleTag(tag)];
  if (!load) return enUS;
  try {
    return await load();
  } catch {
    return enUS;
  }
}
