/** Spanish interface strings. Quotation marks are «…»; counts use Spanish plural rules. */
import type { Messages } from '../messages';

const rules = new Intl.PluralRules('es');
/** Singular, plural, or "de" after very large round numbers (1 000 000 de citas). */
const count = (n: number, singular: string, plural: string) => {
  const form = rules.select(n);
  return `${n} ${form === 'one' ? singular : form === 'many' ? `de ${plural}` : plural}`;
};
const events = (n: number) => count(n, 'acontecimiento', 'acontecimientos');
const quotes = (n: number) => count(n, 'cita', 'citas');
/** "de 12 acontecimientos": the noun agrees with the total. */
const ofEvents = (total: number) => `de ${events(total)}`;

const es: Messages = {
  loading: 'Cargando la cronología…',
  loadingFrom: (src) => `Cargando la cronología desde ${src}…`,
  errorHeading: 'No se puede mostrar esta cronología',
  errorWhere: (src) => `Archivo: ${src}`,
  errorLocation: (line, column) => `línea ${line}, columna ${column}`,
  retry: 'Volver a intentarlo',
  events,
  quotes,
  place: 'Lugar',
  people: 'Personas',
  sources: 'Fuentes',
  via: (outlet) => `según ${outlet}`,
  on: (where) => `en ${where}`,
  comma: ', ',
  note: 'Nota',
  from: 'Fuente:',
  timelineView: 'Cronología',
  quotesView: 'Citas',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fit: 'Ver todo',
  trueScale: 'A escala real',
  axisBreak: (span, from, to) => `El eje del tiempo omite ${span}, del ${from} al ${to}.`,
  periods: 'Periodos',
  circa: (date) => `ca. ${date}`,
  aboutDate: (date) => `hacia ${date}`,
  legend: 'Leyenda de colores',
  previous: 'Acontecimiento anterior',
  next: 'Acontecimiento siguiente',
  close: 'Cerrar',
  search: 'Buscar',
  searchPlaceholder: 'Buscar en acontecimientos y citas',
  filterPerson: 'Persona',
  filterGroup: 'Grupo',
  all: 'Todos',
  noMatches: 'Ningún resultado coincide con estos filtros.',
  clusterLabel: (n, range) => `${events(n)}, ${range}. Amplía la vista para verlos.`,
  selected: (title, date) => `Seleccionado: ${title}, ${date}`,
  unknownEvent: (id) =>
    `Esta cronología no contiene ningún acontecimiento «${id}»; se muestra completa.`,
  showQuotes: (n) => (n === 1 ? 'Mostrar la cita' : `Mostrar ${quotes(n)}`),
  hideQuotes: 'Ocultar',
  timelineLabel: (title) => `Cronología: ${title}`,
  keyboardHelp:
    'Las flechas pasan de un acontecimiento a otro, Intro abre uno y Esc lo cierra; + y − acercan o alejan, 0 muestra todo.',
  clearFilters: 'Quitar filtros',
  showing: (n, total) =>
    `${rules.select(n) === 'one' ? 'Se muestra' : 'Se muestran'} ${n} ${ofEvents(total)}`,
  otherLane: 'Otros',
  openEvent: 'Ver acontecimiento',
  showMore: (n) => `Mostrar ${n} más`,
  moreBelow: (n) => `${events(n)} más abajo`,
  moreQuotesBelow: (n) => `${quotes(n)} más abajo`,
  embed: 'Insertar',
  embedIframe: 'iframe: funciona en cualquier CMS; el script ajusta su altura al contenido',
  embedElement: 'Elemento personalizado: un solo script, estilos aislados',
  copy: 'Copiar',
  copied: 'Copiado.',
  copySelect: 'Seleccionado: pulse Ctrl+C (⌘C) para copiar.',
  about: 'Sobre esta cronología',
  filter: 'Filtrar',
  start: 'Empezar',
  startAgain: 'Volver a empezar',
  stepOf: (n, total) => `${n} de ${total}`,
  upNext: (title) => `A continuación: ${title}`,
  walkEnd: 'Fin de la cronología',
  readingView: 'Lectura',
  playVideo: (service, site) => `Reproducir vídeo de ${service} — carga contenido de ${site}`,
  imageUnavailable: 'Imagen no disponible',
  videoUnavailable: 'Vídeo no disponible',
  audioUnavailable: 'Audio no disponible',
  liveUpdate: (added, changed, removed) =>
    [
      added && `Nuevos: ${events(added)}`,
      changed && `Actualizados: ${events(changed)}`,
      removed && `Retirados: ${events(removed)}`,
    ]
      .filter(Boolean)
      .join('; '),
  newEvent: 'Nuevo',
  newInCluster: (n) => `, nuevos: ${events(n)}`,
  eventRemoved: 'La redacción ha retirado este acontecimiento.',
  notUpdatedSince: (time) => `Sin actualizar desde las ${time}`,
};

export default es;
