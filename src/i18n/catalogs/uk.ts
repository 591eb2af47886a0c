/**
 * Ukrainian interface strings. Quotation marks are «…». Nouns after a number take one of three
 * forms (1, 21 подія; 2–4, 22 події; 0, 5–20, 25 подій), and the case changes with the phrase:
 * «показати 21 цитату» (accusative), «з 21 події» (genitive).
 */
import type { Messages } from '../messages';

type Forms = Record<'one' | 'few' | 'many' | 'other', string>;
const rules = new Intl.PluralRules('uk');
const count = (n: number, forms: Forms) => {
  const form = rules.select(n);
  return `${n} ${form === 'one' || form === 'few' || form === 'many' ? forms[form] : forms.other}`;
};

const EVENTS: Forms = { one: 'подія', few: 'події', many: 'подій', other: 'події' };
const EVENTS_GENITIVE: Forms = { one: 'події', few: 'подій', many: 'подій', other: 'події' };
const QUOTES: Forms = { one: 'цитата', few: 'цитати', many: 'цитат', other: 'цитати' };
const QUOTES_ACCUSATIVE: Forms = { one: 'цитату', few: 'цитати', many: 'цитат', other: 'цитати' };

const uk: Messages = {
  loading: 'Завантаження хронології…',
  loadingFrom: (src) => `Завантаження хронології з ${src}…`,
  errorHeading: 'Не вдалося показати цю хронологію',
  errorWhere: (src) => `Файл: ${src}`,
  errorLocation: (line, column) => `рядок ${line}, стовпець ${column}`,
  retry: 'Спробувати ще раз',
  events: (n) => count(n, EVENTS),
  quotes: (n) => count(n, QUOTES),
  place: 'Місце',
  people: 'Особи',
  sources: 'Джерела',
  via: (outlet) => `цит. за: ${outlet}`,
  on: (where) => `джерело: ${where}`,
  comma: ', ',
  note: 'Примітка',
  from: 'Джерело:',
  timelineView: 'Хронологія',
  quotesView: 'Цитати',
  zoomIn: 'Збільшити',
  zoomOut: 'Зменшити',
  fit: 'Показати все',
  trueScale: 'Справжній масштаб',
  axisBreak: (span, from, to) => `Вісь часу пропускає ${span}, з ${from} до ${to}.`,
  periods: 'Періоди',
  circa: (date) => `бл. ${date}`,
  aboutDate: (date) => `близько ${date}`,
  legend: 'Легенда кольорів',
  previous: 'Попередня подія',
  next: 'Наступна подія',
  close: 'Закрити',
  search: 'Пошук',
  searchPlaceholder: 'Шукати в подіях і цитатах',
  filterPerson: 'Особа',
  filterGroup: 'Група',
  all: 'Усі',
  noMatches: 'Нічого не відповідає цим фільтрам.',
  clusterLabel: (n, range) =>
    `${count(n, EVENTS)}, ${range}. Збільште масштаб, щоб побачити їх окремо.`,
  selected: (title, date) => `Вибрано: ${title}, ${date}`,
  unknownEvent: (id) => `У цій хронології немає події «${id}», тому показано всю хронологію.`,
  showQuotes: (n) => (n === 1 ? 'Показати цитату' : `Показати ${count(n, QUOTES_ACCUSATIVE)}`),
  hideQuotes: 'Сховати',
  timelineLabel: (title) => `Хронологія: ${title}`,
  keyboardHelp:
    'Стрілками можна переходити між подіями, Enter відкриває подію, Esc закриває її; + і − змінюють масштаб, 0 показує все.',
  clearFilters: 'Скинути фільтри',
  showing: (n, total) => `Показано ${n} з ${count(total, EVENTS_GENITIVE)}`,
  otherLane: 'Інше',
  openEvent: 'Відкрити подію',
  showMore: (n) => `Показати ще ${n}`,
  moreBelow: (n) => `ще ${count(n, EVENTS)} нижче`,
  moreQuotesBelow: (n) => `ще ${count(n, QUOTES)} нижче`,
  embed: 'Вбудувати',
  embedIframe: 'iframe — працює в будь-якій CMS; скрипт підганяє висоту під вміст',
  embedElement: 'Власний елемент — один скрипт, ізольовані стилі',
  copy: 'Копіювати',
  copied: 'Скопійовано.',
  copySelect: 'Виділено: натисніть Ctrl+C (⌘C), щоб скопіювати.',
  about: 'Про цю хронологію',
  filter: 'Фільтр',
  start: 'Почати',
  startAgain: 'Почати знову',
  stepOf: (n, total) => `${n} з ${total}`,
  upNext: (title) => `Далі: ${title}`,
  walkEnd: 'Кінець хронології',
  readingView: 'Читання',
  playVideo: (service, site) => `Відтворити відео з ${service} — завантажує вміст із ${site}`,
  imageUnavailable: 'Зображення недоступне',
  videoUnavailable: 'Відео недоступне',
  audioUnavailable: 'Аудіо недоступне',
  liveUpdate: (added, changed, removed) =>
    [
      added && `Нові: ${count(added, EVENTS)}`,
      changed && `Оновлені: ${count(changed, EVENTS)}`,
      removed && `Вилучені: ${count(removed, EVENTS)}`,
    ]
      .filter(Boolean)
      .join('; '),
  newEvent: 'Нове',
  newInCluster: (n) => `, нові: ${count(n, EVENTS)}`,
  eventRemoved: 'Редакція вилучила цю подію.',
  notUpdatedSince: (time) => `Не оновлено з ${time}`,
};

export default uk;
