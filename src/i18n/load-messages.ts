/**
 * Interface strings for a timeline's BCP 47 `locale` (or a `locale` parameter that overrides it).
 * English ships in the main bundle; every other catalogue is its own chunk loaded with a literal
 * `import()`, so a reader downloads only the language they read.
 */
import { en, type Messages } from './messages';

const CATALOGS: Record<string, () => Promise<{ default: Messages }>> = {
  ar: () => import('./catalogs/ar'),
  de: () => import('./catalogs/de'),
  es: () => import('./catalogs/es'),
  fr: () => import('./catalogs/fr'),
  uk: () => import('./catalogs/uk'),
  'zh-CN': () => import('./catalogs/zh-CN'),
  'zh-TW': () => import('./catalogs/zh-TW'),
};

/** Right-to-left scripts, for engines without Intl text info (ar, fa, ur → Arab; he → Hebr). */
const RTL = /^(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg)$/;

type TextInfo = { direction?: string };
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

function parse(tag: string | undefined): LocaleWithTextInfo | null {
  try {
    return new Intl.Locale((tag ?? '').trim().replaceAll('_', '-'));
  } catch {
    return null;
  }
}

/**
 * The catalogue for a tag: the exact language-region, else Chinese by script (Simplified → zh-CN,
 * Traditional → zh-TW), else the language, else English (`en`). Never throws.
 */
export function resolveMessagesTag(tag: string | undefined): string {
  const locale = parse(tag);
  const language = locale?.language ?? 'en';
  const exact = `${language}-${locale?.region}`;
  if (Object.hasOwn(CATALOGS, exact)) return exact;
  if (language === 'zh') return locale?.maximize().script === 'Hant' ? 'zh-TW' : 'zh-CN';
  return Object.hasOwn(CATALOGS, language) ? language : 'en';
}

/** Writing direction of a tag: the engine's text info when it has it, else by likely script. */
export function textDirection(tag: string | undefined): 'ltr' | 'rtl' {
  const locale = parse(tag);
  const info = locale?.getTextInfo?.() ?? locale?.textInfo;
  const rtl = info ? info.direction === 'rtl' : RTL.test(locale?.maximize().script ?? '');
  return rtl ? 'rtl' : 'ltr';
}

/**
 * Messages for a tag, with the `lang` and `dir` for the root element. `lang` is the requested tag
 * (canonical, without extensions), because the timeline's own text is in that language even when
 * the interface falls back to English; `catalog` says which catalogue the strings came from, so a
 * caller can mark the interface chrome `lang="en"` when they differ. An invalid or empty tag gives
 * `en`. If a catalogue chunk cannot be fetched, English is used rather than failing.
 */
export async function loadMessages(
  tag: string | undefined,
): Promise<{ messages: Messages; lang: string; dir: 'ltr' | 'rtl'; catalog: string }> {
  const lang = parse(tag)?.baseName ?? 'en';
  let catalog = resolveMessagesTag(lang);
  let messages = en;
  try {
    const load = Object.hasOwn(CATALOGS, catalog) ? CATALOGS[catalog] : undefined;
    messages = (await load?.())?.default ?? en;
  } catch {
    catalog = 'en';
  }
  return { messages, lang, dir: textDirection(lang), catalog };
}
