/**
 * French interface strings. Typography follows French usage: « … » with no-break spaces inside,
 * a no-break space before « : » and a narrow one before « ; ». French treats 0 and 1 as singular.
 */
import type { Messages } from '../messages';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const rules = new Intl.PluralRules('fr');
/** Picks the singular, plural, or the "de" form of very large round numbers (1 000 000 d’…). */
const count = (n: number, singular: string, plural: string, elided = `de ${plural}`) => {
  const form = rules.select(n);
  return `${n} ${form === 'one' ? singular : form === 'many' ? elided : plural}`;
};
const events = (n: number) => count(n, 'événement', 'événements', 'd’événements');
const quotes = (n: number) => count(n, 'citation', 'citations');

const fr: Messages = {
  loading: 'Chargement de la chronologie…',
  loadingFrom: (src) => `Chargement de la chronologie depuis ${src}…`,
  errorHeading: 'Impossible d’afficher cette chronologie',
  errorWhere: (src) => `Fichier${NBSP}: ${src}`,
  errorLocation: (line, column) => `ligne ${line}, colonne ${column}`,
  retry: 'Réessayer',
  events,
  quotes,
  place: 'Lieu',
  people: 'Personnes',
  sources: 'Sources',
  via: (outlet) => `cité par ${outlet}`,
  on: (where) => `sur ${where}`,
  comma: ', ',
  note: 'Note',
  from: `Source${NBSP}:`,
  timelineView: 'Chronologie',
  quotesView: 'Citations',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Tout afficher',
  trueScale: 'À l’échelle réelle',
  axisBreak: (span, from, to) => `L’axe du temps saute ${span}, du ${from} au ${to}.`,
  periods: 'Périodes',
  circa: (date) => `v. ${date}`,
  aboutDate: (date) => `vers ${date}`,
  legend: 'Légende des couleurs',
  previous: 'Événement précédent',
  next: 'Événement suivant',
  close: 'Fermer',
  search: 'Rechercher',
  searchPlaceholder: 'Rechercher dans les événements et les citations',
  filterPerson: 'Personne',
  filterGroup: 'Groupe',
  all: 'Tous',
  noMatches: 'Aucun résultat pour ces filtres.',
  clusterLabel: (n, range) => `${events(n)}, ${range}. Zoomez pour les voir.`,
  selected: (title, date) => `Sélectionné${NBSP}: ${title}, ${date}`,
  unknownEvent: (id) =>
    `Cette chronologie ne contient aucun événement «${NBSP}${id}${NBSP}»${NNBSP}; elle est affichée en entier.`,
  showQuotes: (n) => (n === 1 ? 'Afficher la citation' : `Afficher ${quotes(n)}`),
  hideQuotes: 'Masquer',
  timelineLabel: (title) => `Chronologie${NBSP}: ${title}`,
  keyboardHelp: `Les flèches passent d’un événement à l’autre, Entrée en ouvre un, Échap le referme${NNBSP}; + et − agrandissent ou réduisent, 0 affiche tout.`,
  clearFilters: 'Effacer les filtres',
  showing: (n, total) =>
    `${n} ${rules.select(n) === 'one' ? 'événement affiché' : 'événements affichés'} sur ${total}`,
  otherLane: 'Autres',
  openEvent: 'Voir l’événement',
  showMore: (n) => `Afficher ${n} de plus`,
  moreBelow: (n) => `encore ${events(n)} plus bas`,
  moreQuotesBelow: (n) => `encore ${quotes(n)} plus bas`,
  embed: 'Intégrer',
  embedIframe: 'iframe — fonctionne dans tout CMS ; le script l’ajuste à son contenu',
  embedElement: 'Élément personnalisé — un seul script, styles isolés',
  copy: 'Copier',
  copied: 'Copié.',
  copySelect: 'Sélectionné : appuyez sur Ctrl+C (⌘C) pour copier.',
  about: 'À propos de cette chronologie',
  filter: 'Filtrer',
  start: 'Commencer',
  startAgain: 'Recommencer',
  stepOf: (n, total) => `${n} sur ${total}`,
  upNext: (title) => `Ensuite${NBSP}: ${title}`,
  walkEnd: 'Fin de la chronologie',
  readingView: 'Lecture',
  playVideo: (service, site) => `Lire la vidéo de ${service} — charge du contenu depuis ${site}`,
  imageUnavailable: 'Image indisponible',
  videoUnavailable: 'Vidéo indisponible',
  audioUnavailable: 'Audio indisponible',
  liveUpdate: (added, changed, removed) =>
    [
      added && `Nouveaux${NBSP}: ${events(added)}`,
      changed && `Mis à jour${NBSP}: ${events(changed)}`,
      removed && `Retirés${NBSP}: ${events(removed)}`,
    ]
      .filter(Boolean)
      .join(`${NNBSP}; `),
  newEvent: 'Nouveau',
  newInCluster: (n) => `, nouveaux${NBSP}: ${events(n)}`,
  eventRemoved: 'La rédaction a retiré cet événement.',
  notUpdatedSince: (time) => `Pas de mise à jour depuis ${time}`,
};

export default fr;
