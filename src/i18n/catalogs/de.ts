/** German interface strings. Quotation marks are „…“; counts use German plural rules. */
import type { Messages } from '../messages';

const rules = new Intl.PluralRules('de');
const one = (n: number) => rules.select(n) === 'one';
/** "5 Ereignisse"; `dative` for "von 12 Ereignissen". */
const events = (n: number, dative = false) =>
  `${n} ${one(n) ? 'Ereignis' : dative ? 'Ereignissen' : 'Ereignisse'}`;
const quotes = (n: number) => `${n} ${one(n) ? 'Zitat' : 'Zitate'}`;

const de: Messages = {
  loading: 'Zeitleiste wird geladen…',
  loadingFrom: (src) => `Zeitleiste wird von ${src} geladen…`,
  errorHeading: 'Diese Zeitleiste kann nicht angezeigt werden',
  errorWhere: (src) => `Datei: ${src}`,
  errorLocation: (line, column) => `Zeile ${line}, Spalte ${column}`,
  retry: 'Erneut versuchen',
  events: (n) => events(n),
  quotes,
  place: 'Ort',
  people: 'Personen',
  sources: 'Quellen',
  via: (outlet) => `zitiert nach ${outlet}`,
  on: (where) => `bei ${where}`,
  comma: ', ',
  note: 'Anmerkung',
  from: 'Quelle:',
  timelineView: 'Zeitleiste',
  quotesView: 'Zitate',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fit: 'Alles zeigen',
  trueScale: 'Maßstabsgetreu',
  axisBreak: (span, from, to) => `Die Zeitachse überspringt ${span}, vom ${from} bis zum ${to}.`,
  periods: 'Zeiträume',
  circa: (date) => `ca. ${date}`,
  aboutDate: (date) => `etwa ${date}`,
  legend: 'Farblegende',
  previous: 'Vorheriges Ereignis',
  next: 'Nächstes Ereignis',
  close: 'Schließen',
  search: 'Suchen',
  searchPlaceholder: 'Ereignisse und Zitate durchsuchen',
  filterPerson: 'Person',
  filterGroup: 'Gruppe',
  all: 'Alle',
  noMatches: 'Keine Treffer für diese Filter.',
  clusterLabel: (n, range) => `${events(n)}, ${range}. Zum Ansehen hineinzoomen.`,
  selected: (title, date) => `Ausgewählt: ${title}, ${date}`,
  unknownEvent: (id) =>
    `In dieser Zeitleiste gibt es kein Ereignis „${id}“; die ganze Zeitleiste wird angezeigt.`,
  showQuotes: (n) => (n === 1 ? 'Zitat anzeigen' : `${quotes(n)} anzeigen`),
  hideQuotes: 'Ausblenden',
  timelineLabel: (title) => `Zeitleiste: ${title}`,
  keyboardHelp:
    'Die Pfeiltasten wechseln zwischen den Ereignissen, die Eingabetaste öffnet eines, Esc schließt es; + und − zoomen, 0 zeigt alles.',
  clearFilters: 'Filter zurücksetzen',
  showing: (n, total) => `Angezeigt: ${n} von ${events(total, true)}`,
  otherLane: 'Sonstige',
  openEvent: 'Ereignis öffnen',
  showMore: (n) => `${n} weitere anzeigen`,
  moreBelow: (n) => `noch ${events(n)} weiter unten`,
  moreQuotesBelow: (n) => `noch ${quotes(n)} weiter unten`,
  embed: 'Einbetten',
  embedIframe: 'iframe – funktioniert in jedem CMS; das Skript passt die Höhe an den Inhalt an',
  embedElement: 'Custom Element – ein Skript, Stile isoliert',
  copy: 'Kopieren',
  copied: 'Kopiert.',
  copySelect: 'Markiert: Strg+C (⌘C) drücken, um zu kopieren.',
  about: 'Über diese Chronik',
  filter: 'Filtern',
  start: 'Los geht’s',
  startAgain: 'Von vorn',
  stepOf: (n, total) => `${n} von ${total}`,
  upNext: (title) => `Als Nächstes: ${title}`,
  walkEnd: 'Ende der Chronik',
  readingView: 'Lesen',
  playVideo: (service, site) => `Video von ${service} abspielen – lädt Inhalte von ${site}`,
  imageUnavailable: 'Bild nicht verfügbar',
  videoUnavailable: 'Video nicht verfügbar',
  audioUnavailable: 'Audio nicht verfügbar',
  liveUpdate: (added, changed, removed) =>
    [
      added && `Neu: ${events(added)}`,
      changed && `Aktualisiert: ${events(changed)}`,
      removed && `Entfernt: ${events(removed)}`,
    ]
      .filter(Boolean)
      .join('; '),
  newEvent: 'Neu',
  newInCluster: (n) => `, neu: ${events(n)}`,
  eventRemoved: 'Die Redaktion hat dieses Ereignis entfernt.',
  notUpdatedSince: (time) => `Nicht aktualisiert seit ${time}`,
};

export default de;
