/**
 * Interface catalogues: each one is complete, actually translated, counts its nouns the way its
 * language does, and is picked for the right BCP 47 tags.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { en, type Messages } from '../../../src/i18n/messages';
import { loadMessages, resolveMessagesTag, textDirection } from '../../../src/i18n/load-messages';
import ar from '../../../src/i18n/catalogs/ar';
import de from '../../../src/i18n/catalogs/de';
import es from '../../../src/i18n/catalogs/es';
import fr from '../../../src/i18n/catalogs/fr';
import uk from '../../../src/i18n/catalogs/uk';
import zhCN from '../../../src/i18n/catalogs/zh-CN';
import zhTW from '../../../src/i18n/catalogs/zh-TW';

const CATALOGS: Record<string, Messages> = {
  ar,
  de,
  es,
  fr,
  uk,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100];

type FunctionKey = {
  [K in keyof Messages]: Messages[K] extends (...args: never[]) => string ? K : never;
}[keyof Messages];

/**
 * Sample calls for every function-valued message, for a count `n`. Typed as a complete record, so
 * a function added to `Messages` fails type-checking here until it has samples.
 */
const SAMPLES: { [K in FunctionKey]: (n: number) => Parameters<Messages[K]>[] } = {
  loadingFrom: () => [['data/timeline.json']],
  stepOf: (n) => [
    [1, n + 1],
    [n + 1, n + 1],
  ],
  upNext: () => [['Blinken warns Wang Yi in Munich']],
  playVideo: () => [
    ['YouTube', 'youtube.com'],
    ['Vimeo', 'vimeo.com'],
  ],
  errorWhere: () => [['data/timeline.json']],
  errorLocation: (n) => [[n, n + 7]],
  events: (n) => [[n]],
  quotes: (n) => [[n]],
  via: () => [['Reuters']],
  on: () => [['BBC Radio 4, “Today”']],
  clusterLabel: (n) => [
    [n, 'Mar 1 – Mar 9, 2023'],
    [n, ''],
  ],
  selected: () => [['Summit opens', 'Jul 11, 2023']],
  unknownEvent: () => [['summit-day-2']],
  showQuotes: (n) => [[n]],
  showMore: (n) => [[n]],
  moreBelow: (n) => [[n]],
  moreQuotesBelow: (n) => [[n]],
  axisBreak: (n) => [[`${n} weeks`, 'Nov 26, 2022', 'Dec 31, 2022']],
  timelineLabel: () => [['NATO and China']],
  circa: () => [['1850'], ['44 BC']],
  aboutDate: () => [['1850'], ['13.8 billion years ago']],
  showing: (n) => [
    [n, n],
    [1, n + 1],
    [n, 100],
  ],
  liveUpdate: (n) => [
    [n + 1, 0, 0],
    [0, n + 1, 0],
    [n, 1, n + 2],
  ],
  newInCluster: (n) => [[n]],
  notUpdatedSince: () => [['14:05'], ['Nov 30, 14:05']],
};

function call<K extends FunctionKey>(messages: Messages, key: K, args: Parameters<Messages[K]>) {
  return (messages[key] as (...a: Parameters<Messages[K]>) => string)(...args);
}

const functionKeys = Object.keys(SAMPLES) as FunctionKey[];
const hasNumber = (text: string, n: number) => new RegExp(`(?<!\\d)${n}(?!\\d)`).test(text);

/**
 * Where a language writes a count as a word form instead of digits: Arabic says حدث واحد (one
 * event) and حدثان (two events), so 1 and 2 may be absent when English has them.
 */
const NUMBER_IN_WORD: Record<string, number[]> = { ar: [1, 2] };

/** Strings that are legitimately the same as English (the same word in that language). */
const SAME_AS_ENGLISH: Record<string, (keyof Messages)[]> = {
  de: ['filterPerson'],
  fr: ['note', 'sources'],
};

/** Punctuation, not words: languages that share a script share it (German writes ", " too). */
const PUNCTUATION = new Set<keyof Messages>(['comma']);

describe.each(Object.entries(CATALOGS))('%s catalogue', (tag, messages) => {
  it('has exactly the keys of en', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('has a string where en has a string and a function of the same arity where en has one', () => {
    for (const key of Object.keys(en) as (keyof Messages)[]) {
      const mine = messages[key];
      const theirs = en[key];
      expect(typeof mine, key).toBe(typeof theirs);
      if (typeof theirs === 'string') expect((mine as string).trim(), key).not.toBe('');
      else expect((mine as (...a: never[]) => string).length, key).toBe(theirs.length);
    }
  });

  it('has samples for every function-valued message', () => {
    const fns = (Object.keys(en) as (keyof Messages)[]).filter((k) => typeof en[k] === 'function');
    expect(fns.sort()).toEqual([...functionKeys].sort());
  });

  it.each(functionKeys)('%s gives a non-empty string with every number en shows', (key) => {
    const exempt = NUMBER_IN_WORD[tag] ?? [];
    for (const n of COUNTS) {
      for (const args of SAMPLES[key](n)) {
        const text = call(messages, key, args);
        const english = call(en, key, args);
        const label = `${key}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
        expect(typeof text, label).toBe('string');
        expect(text.trim(), label).not.toBe('');
        expect(text, label).not.toMatch(/undefined|NaN|\[object|#/);
        for (const arg of args) {
          if (typeof arg === 'string') expect(text, label).toContain(arg);
          else if (hasNumber(english, arg) && !exempt.includes(arg))
            expect(hasNumber(text, arg), `${label} → ${text}`).toBe(true);
        }
      }
    }
  });

  it('is translated, not copied from en', () => {
    const same = (Object.keys(en) as (keyof Messages)[]).filter((key) => {
      if (PUNCTUATION.has(key)) return false;
      const theirs = en[key];
      if (typeof theirs === 'string') return messages[key] === theirs;
      const k = key as FunctionKey;
      return SAMPLES[k](5).every((args) => call(messages, k, args) === call(en, k, args));
    });
    expect(same.sort()).toEqual([...(SAME_AS_ENGLISH[tag] ?? [])].sort());
  });

  it('has distinct strings for distinct controls', () => {
    const controls = [
      messages.zoomIn,
      messages.zoomOut,
      messages.fit,
      messages.previous,
      messages.next,
      messages.close,
    ];
    expect(new Set(controls).size).toBe(controls.length);
  });
});

describe('punctuation', () => {
  it('follows the script: Arabic and Chinese commas, Latin and Cyrillic ", "', () => {
    const commas = Object.fromEntries(Object.entries(CATALOGS).map(([t, m]) => [t, m.comma]));
    expect(commas).toEqual({
      ar: '، ',
      de: ', ',
      es: ', ',
      fr: ', ',
      uk: ', ',
      'zh-CN': '，',
      'zh-TW': '，',
    });
  });
});

describe('the allowance for strings identical to English', () => {
  it('stays a handful', () => {
    for (const keys of Object.values(SAME_AS_ENGLISH)) expect(keys.length).toBeLessThanOrEqual(3);
  });
});

/** The text around the number: the noun form a count chose. */
const word = (text: string) => text.replace(/\d+/g, '#');

describe('live updates', () => {
  it('say what came, changed and went in one message, and nothing when no event did', () => {
    expect(en.liveUpdate(2, 0, 0)).toBe('2 new events');
    expect(en.liveUpdate(0, 1, 0)).toBe('1 event updated');
    expect(en.liveUpdate(1, 2, 1)).toBe('1 new event, 2 events updated, 1 event removed');
    for (const messages of [en, ...Object.values(CATALOGS)])
      expect(messages.liveUpdate(0, 0, 0)).toBe('');
    expect(de.liveUpdate(1, 0, 3)).toBe('Neu: 1 Ereignis; Entfernt: 3 Ereignisse');
    expect(uk.liveUpdate(5, 0, 0)).toBe('Нові: 5 подій');
  });
});

describe('plural forms', () => {
  it('Ukrainian uses one, few and many forms (1 подія, 2 події, 5 подій)', () => {
    for (const count of [uk.events, uk.quotes]) {
      const forms = [1, 2, 5].map((n) => word(count(n)));
      expect(new Set(forms).size).toBe(3);
      expect(word(count(21))).toBe(forms[0]);
      expect(word(count(22))).toBe(forms[1]);
      expect(word(count(11))).toBe(forms[2]);
      expect(word(count(0))).toBe(forms[2]);
      expect(word(count(14))).toBe(forms[2]);
    }
    expect(uk.events(1)).toBe('1 подія');
    expect(uk.events(3)).toBe('3 події');
    expect(uk.events(25)).toBe('25 подій');
  });

  it('Ukrainian declines the counted noun after a verb or preposition', () => {
    expect(uk.showQuotes(21)).toBe('Показати 21 цитату');
    expect(uk.showQuotes(3)).toBe('Показати 3 цитати');
    expect(uk.showQuotes(5)).toBe('Показати 5 цитат');
    expect(uk.showing(2, 21)).toBe('Показано 2 з 21 події');
    expect(uk.showing(2, 22)).toBe('Показано 2 з 22 подій');
  });

  it('Arabic uses zero, one, two, few, many and other forms', () => {
    expect(ar.events(0)).toBe('0 حدث');
    expect(ar.events(1)).toBe('حدث واحد');
    expect(ar.events(2)).toBe('حدثان');
    expect(ar.events(5)).toBe('5 أحداث');
    expect(ar.events(11)).toBe('11 حدثًا');
    expect(ar.events(100)).toBe('100 حدث');
    expect(ar.events(103)).toBe('103 أحداث');
    const forms = [1, 2, 5].map((n) => word(ar.quotes(n)));
    expect(new Set(forms).size).toBe(3);
    expect(word(ar.quotes(11))).not.toBe(word(ar.quotes(5)));
    expect(ar.showQuotes(2)).toBe('عرض التصريحين');
  });

  it('French counts 0 as singular, German, Spanish and French pluralise from 2', () => {
    expect(fr.events(0)).toBe('0 événement');
    expect(fr.events(1)).toBe('1 événement');
    expect(fr.events(2)).toBe('2 événements');
    expect(fr.events(1_000_000)).toBe('1000000 d’événements');
    expect(de.events(1)).toBe('1 Ereignis');
    expect(de.showing(3, 12)).toBe('Angezeigt: 3 von 12 Ereignissen');
    expect(es.quotes(1)).toBe('1 cita');
    expect(es.showing(1, 12)).toBe('Se muestra 1 de 12 acontecimientos');
  });
});

describe('quotation marks', () => {
  const id = 'summit-day-2';
  it.each([
    ['de', '„summit-day-2“'],
    ['fr', '«\u00a0summit-day-2\u00a0»'],
    ['es', '«summit-day-2»'],
    ['uk', '«summit-day-2»'],
    ['zh-CN', '“summit-day-2”'],
    ['zh-TW', '「summit-day-2」'],
    ['ar', '«\u2068summit-day-2\u2069»'],
  ])('%s quotes an id with %s', (tag, quoted) => {
    expect(CATALOGS[tag]!.unknownEvent(id)).toContain(quoted);
  });
});

describe('loadMessages', () => {
  it.each([
    ['de-AT', 'de', 'de-AT', 'ltr', de],
    ['de', 'de', 'de', 'ltr', de],
    ['de_CH', 'de', 'de-CH', 'ltr', de],
    ['fr-CA', 'fr', 'fr-CA', 'ltr', fr],
    ['es-419', 'es', 'es-419', 'ltr', es],
    ['uk-UA', 'uk', 'uk-UA', 'ltr', uk],
    ['zh-Hans-CN', 'zh-CN', 'zh-Hans-CN', 'ltr', zhCN],
    ['zh-CN', 'zh-CN', 'zh-CN', 'ltr', zhCN],
    ['zh-SG', 'zh-CN', 'zh-SG', 'ltr', zhCN],
    ['zh', 'zh-CN', 'zh', 'ltr', zhCN],
    ['zh-TW', 'zh-TW', 'zh-TW', 'ltr', zhTW],
    ['zh-Hant', 'zh-TW', 'zh-Hant', 'ltr', zhTW],
    ['zh-HK', 'zh-TW', 'zh-HK', 'ltr', zhTW],
    ['ar', 'ar', 'ar', 'rtl', ar],
    ['ar-EG', 'ar', 'ar-EG', 'rtl', ar],
    ['en-GB', 'en', 'en-GB', 'ltr', en],
    ['en', 'en', 'en', 'ltr', en],
    ['xx', 'en', 'xx', 'ltr', en],
    ['he', 'en', 'he', 'rtl', en],
    ['fa-IR', 'en', 'fa-IR', 'rtl', en],
    ['ur', 'en', 'ur', 'rtl', en],
    ['fr-u-ca-gregory', 'fr', 'fr', 'ltr', fr],
    ['', 'en', 'en', 'ltr', en],
    ['not a tag', 'en', 'en', 'ltr', en],
    [undefined, 'en', 'en', 'ltr', en],
  ] as const)('%s → %s catalogue, lang %s, %s', async (tag, catalog, lang, dir, messages) => {
    expect(resolveMessagesTag(tag)).toBe(catalog);
    const loaded = await loadMessages(tag);
    expect(loaded.catalog).toBe(catalog);
    expect(loaded.messages).toBe(messages);
    expect(loaded.lang).toBe(lang);
    expect(loaded.dir).toBe(dir);
  });

  it('registers every catalogue file with a literal import(), so each is its own chunk', () => {
    const source = readFileSync('src/i18n/load-messages.ts', 'utf8');
    const files = readdirSync('src/i18n/catalogs').map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(Object.keys(CATALOGS).sort());
    for (const file of files) {
      expect(source).toContain(`import('./catalogs/${file}')`);
    }
    expect(source).not.toMatch(/^import .*catalogs\//m);
  });
});

describe('textDirection without Intl text info', () => {
  const proto = Intl.Locale.prototype as object;
  const saved = ['textInfo', 'getTextInfo'].map(
    (name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const,
  );
  afterEach(() => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, name, descriptor);
      else Reflect.deleteProperty(proto, name);
    }
  });

  it.each([
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['az-Arab', 'rtl'],
    ['ckb', 'rtl'],
    ['de', 'ltr'],
    ['zh-CN', 'ltr'],
    ['xx', 'ltr'],
  ] as const)('%s is %s by its script', (tag, dir) => {
    Object.defineProperty(proto, 'textInfo', { configurable: true, get: () => undefined });
    Object.defineProperty(proto, 'getTextInfo', { configurable: true, value: undefined });
    expect(textDirection(tag)).toBe(dir);
  });
});
