/**
 * Arabic interface strings, shown right to left. Counted nouns follow the six Arabic plural
 * categories as CLDR words them: 0 حدث، حدث واحد، حدثان، 3 أحداث، 11 حدثًا، 100 حدث — so for one
 * and two the word carries the number and no digit is written. Digits stay Western (0–9), as in
 * the dates this interface shows. Names, titles and addresses supplied by the timeline are wrapped
 * in Unicode isolates (U+2068…U+2069) so a Latin name or a URL cannot reorder the sentence around it.
 * Arabic punctuation: ، ؛ and «…».
 */
import type { Messages } from '../messages';

type Forms = Record<Intl.LDMLPluralRule, string>;
const rules = new Intl.PluralRules('ar');
/** `#` stands for the number. */
const count = (n: number, forms: Forms) => forms[rules.select(n)].replace('#', String(n));
const iso = (text: string) => `\u2068${text}\u2069`;

const EVENTS: Forms = {
  zero: '# حدث',
  one: 'حدث واحد',
  two: 'حدثان',
  few: '# أحداث',
  many: '# حدثًا',
  other: '# حدث',
};
const QUOTES: Forms = {
  zero: '# تصريح',
  one: 'تصريح واحد',
  two: 'تصريحان',
  few: '# تصريحات',
  many: '# تصريحًا',
  other: '# تصريح',
};
/** After «عرض»: the dual is genitive (تصريحَين), one is definite. */
const SHOW_QUOTES: Forms = {
  ...QUOTES,
  one: 'التصريح',
  two: 'التصريحين',
};
/** "to see it / the two of them / them": non-human plurals take the feminine singular. */
const SEE_THEM: Forms = {
  zero: 'لرؤيتها',
  one: 'لرؤيته',
  two: 'لرؤيتهما',
  few: 'لرؤيتها',
  many: 'لرؤيتها',
  other: 'لرؤيتها',
};

const ar: Messages = {
  loading: 'جارٍ تحميل الخط الزمني…',
  loadingFrom: (src) => `جارٍ تحميل الخط الزمني من ${iso(src)}…`,
  errorHeading: 'تعذّر عرض هذا الخط الزمني',
  errorWhere: (src) => `الملف: ${iso(src)}`,
  errorLocation: (line, column) => `السطر ${line}، العمود ${column}`,
  retry: 'إعادة المحاولة',
  events: (n) => count(n, EVENTS),
  quotes: (n) => count(n, QUOTES),
  place: 'المكان',
  people: 'الأشخاص',
  sources: 'المصادر',
  via: (outlet) => `نقلًا عن ${iso(outlet)}`,
  on: (where) => `في ${iso(where)}`,
  comma: '، ',
  note: 'ملاحظة',
  from: 'المصدر:',
  timelineView: 'الخط الزمني',
  quotesView: 'التصريحات',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'عرض الكل',
  trueScale: 'مقياس حقيقي',
  axisBreak: (span, from, to) => `يتخطى محور الزمن ${span}، من ${from} إلى ${to}.`,
  periods: 'الفترات',
  circa: (date) => `حوالي ${date}`,
  aboutDate: (date) => `حوالي ${date}`,
  legend: 'دليل الألوان',
  previous: 'الحدث السابق',
  next: 'الحدث التالي',
  close: 'إغلاق',
  search: 'بحث',
  searchPlaceholder: 'ابحث في الأحداث والتصريحات',
  filterPerson: 'الشخص',
  filterGroup: 'المجموعة',
  all: 'الكل',
  noMatches: 'لا توجد نتائج تطابق عوامل التصفية هذه.',
  clusterLabel: (n, range) =>
    `${count(n, EVENTS)}، ${iso(range)}. كبّر العرض ${SEE_THEM[rules.select(n)]}.`,
  selected: (title, date) => `الحدث المحدد: ${iso(title)}، ${iso(date)}`,
  unknownEvent: (id) =>
    `لا يوجد في هذا الخط الزمني حدث بالمعرّف «${iso(id)}»؛ يُعرض الخط الزمني كاملًا.`,
  showQuotes: (n) => `عرض ${count(n, SHOW_QUOTES)}`,
  hideQuotes: 'إخفاء',
  timelineLabel: (title) => `الخط الزمني: ${iso(title)}`,
  keyboardHelp:
    'تنقّل بين الأحداث بمفاتيح الأسهم، واضغط Enter لفتح الحدث وEsc لإغلاقه؛ و+ و− للتكبير والتصغير، و0 لعرض الكل.',
  clearFilters: 'مسح عوامل التصفية',
  showing: (n, total) => `الأحداث المعروضة: ${n} من أصل ${total}`,
  otherLane: 'أخرى',
  openEvent: 'عرض الحدث',
  showMore: (n) => `عرض ${n} أخرى`,
  moreBelow: (n) => `${count(n, EVENTS)} في الأسفل`,
  moreQuotesBelow: (n) => `${count(n, QUOTES)} في الأسفل`,
  embed: 'تضمين',
  embedIframe:
    'إطار iframe — يعمل في أي نظام لإدارة المحتوى، ويضبط النص البرمجي ارتفاعه حسب المحتوى',
  embedElement: 'عنصر مخصص — نص برمجي واحد وأنماط معزولة',
  copy: 'نسخ',
  copied: 'تم النسخ.',
  copySelect: 'تم التحديد: اضغط Ctrl+C (⌘C) للنسخ.',
  about: 'حول هذا الخط الزمني',
  filter: 'تصفية',
  start: 'ابدأ',
  startAgain: 'ابدأ من جديد',
  stepOf: (n, total) => `${n} من ${total}`,
  upNext: (title) => `التالي: ${iso(title)}`,
  walkEnd: 'نهاية الخط الزمني',
  readingView: 'القراءة',
  playVideo: (service, site) => `تشغيل الفيديو من ${service} — يحمّل محتوى من ${site}`,
  imageUnavailable: 'الصورة غير متاحة',
  videoUnavailable: 'الفيديو غير متاح',
  audioUnavailable: 'الصوت غير متاح',
  liveUpdate: (added, changed, removed) =>
    [
      added && `جديدة: ${count(added, EVENTS)}`,
      changed && `محدَّثة: ${count(changed, EVENTS)}`,
      removed && `محذوفة: ${count(removed, EVENTS)}`,
    ]
      .filter(Boolean)
      .join('؛ '),
  newEvent: 'جديد',
  newInCluster: (n) => `، جديدة: ${count(n, EVENTS)}`,
  eventRemoved: 'حذفت غرفة الأخبار هذا الحدث.',
  notUpdatedSince: (time) => `لم يُحدَّث منذ ${iso(time)}`,
};

export default ar;
