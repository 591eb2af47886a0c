/**
 * Interface strings. Every word the interface shows comes from a catalogue like this one, so a
 * timeline in German gets a German interface. Functions take the numbers that change the words.
 */
export interface Messages {
  loading: string;
  loadingFrom: (src: string) => string;
  errorHeading: string;
  errorWhere: (src: string) => string;
  errorLocation: (line: number, column: number) => string;
  retry: string;
  events: (n: number) => string;
  quotes: (n: number) => string;
  place: string;
  people: string;
  sources: string;
  via: (outlet: string) => string;
  on: (where: string) => string;
  /** Between the parts of a quote's attribution: ", " ("، " in Arabic, "，" in Chinese). */
  comma: string;
  note: string;
  from: string;
  timelineView: string;
  quotesView: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  /** The switch between an axis with breaks and time true to scale (a toggle button). */
  trueScale: string;
  /** A break in the time axis, for screen readers: how long it is and the dates it skips. */
  axisBreak: (span: string, from: string, to: string) => string;
  /** An approximate date as shown: "c. 1850". */
  circa: (date: string) => string;
  /** An approximate date as spoken by a screen reader: "about 1850". */
  aboutDate: (date: string) => string;
  /** The list of periods (bands behind the events). */
  periods: string;
  /** The chart's list of groups with their colours. */
  legend: string;
  previous: string;
  next: string;
  close: string;
  search: string;
  searchPlaceholder: string;
  filterPerson: string;
  filterGroup: string;
  all: string;
  noMatches: string;
  clusterLabel: (n: number, range: string) => string;
  selected: (title: string, date: string) => string;
  unknownEvent: (id: string) => string;
  showQuotes: (n: number) => string;
  hideQuotes: string;
  timelineLabel: (title: string) => string;
  keyboardHelp: string;
  clearFilters: string;
  showing: (n: number, total: number) => string;
  otherLane: string;
  openEvent: string;
  /** A button that shows `n` more items of a long list. */
  showMore: (n: number) => string;
  /** Under a list that scrolls inside a fixed box: how many events are still below the fold. */
  moreBelow: (n: number) => string;
  /** The same under the quotes of the compact embed: how many quotes are still below. */
  moreQuotesBelow: (n: number) => string;
  /** The Embed control, for news developers. */
  embed: string;
  embedIframe: string;
  embedElement: string;
  copy: string;
  copied: string;
  copySelect: string;
  /** The disclosure holding the note, the source details and the Embed control. */
  about: string;
  /** The one button that shows search and filters on a small timeline. */
  filter: string;
  /** Starts the guided walk through the events. */
  start: string;
  startAgain: string;
  /** Where the walk is: "3 of 8". */
  stepOf: (n: number, total: number) => string;
  /** The next event's headline, previewed. */
  upNext: (title: string) => string;
  /** The heading of the card the walk ends on. */
  walkEnd: string;
  /** The reading pane's tab (beside the quotes tab). */
  readingView: string;
  /** The click-to-load video placeholder: nothing reaches `site` before the click. */
  playVideo: (service: string, site: string) => string;
  /** Said before a picture's, video's or sound's alt text when it could not be loaded or is refused. */
  imageUnavailable: string;
  videoUnavailable: string;
  audioUnavailable: string;
  /** A live story's update, said once: what came, what changed, what went ('' when no event did). */
  liveUpdate: (added: number, changed: number, removed: number) => string;
  /** The marker on an event that came with a live update and is not opened yet. */
  newEvent: string;
  /**
   * Appended to a cluster's date range in its name (`clusterLabel`) when it holds events that
   * came with a live update: "12 events, Feb 19 – 21, 2023, 2 new. Zoom in to see them."
   */
  newInCluster: (n: number) => string;
  /** The open event was taken out of a live story upstream. */
  eventRemoved: string;
  /** A live story's last update failed: the last time it was known to be current. */
  notUpdatedSince: (time: string) => string;
}

export const en: Messages = {
  loading: 'Loading timeline…',
  loadingFrom: (src) => `Loading the timeline from ${src}…`,
  errorHeading: 'This timeline could not be shown',
  errorWhere: (src) => `File: ${src}`,
  errorLocation: (line, column) => `line ${line}, column ${column}`,
  retry: 'Try again',
  events: (n) => (n === 1 ? '1 event' : `${n} events`),
  quotes: (n) => (n === 1 ? '1 quote' : `${n} quotes`),
  place: 'Place',
  people: 'People',
  sources: 'Sources',
  via: (outlet) => `via ${outlet}`,
  on: (where) => `on ${where}`,
  comma: ', ',
  note: 'Note',
  from: 'From',
  timelineView: 'Timeline',
  quotesView: 'Quotes',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  trueScale: 'True to scale',
  axisBreak: (span, from, to) => `The time axis skips ${span}, from ${from} to ${to}.`,
  periods: 'Periods',
  circa: (date) => `c. ${date}`,
  aboutDate: (date) => `about ${date}`,
  legend: 'Colour key',
  previous: 'Previous event',
  next: 'Next event',
  close: 'Close',
  search: 'Search',
  searchPlaceholder: 'Search events and quotes',
  filterPerson: 'Person',
  filterGroup: 'Group',
  all: 'All',
  noMatches: 'Nothing matches these filters.',
  clusterLabel: (n, range) => `${n} events, ${range}. Zoom in to see them.`,
  selected: (title, date) => `Selected: ${title}, ${date}`,
  unknownEvent: (id) => `There is no event “${id}” in this timeline; showing the whole timeline.`,
  showQuotes: (n) => (n === 1 ? 'Show the quote' : `Show ${n} quotes`),
  hideQuotes: 'Hide',
  timelineLabel: (title) => `Timeline: ${title}`,
  keyboardHelp:
    'Arrow keys move between events, Enter opens one, Escape closes it; + and − zoom, 0 shows all.',
  clearFilters: 'Clear filters',
  showing: (n, total) => `Showing ${n} of ${total} events`,
  otherLane: 'Other',
  openEvent: 'Open event',
  showMore: (n) => `Show ${n} more`,
  moreBelow: (n) => `${n} more ${n === 1 ? 'event' : 'events'} below`,
  moreQuotesBelow: (n) => `${n} more ${n === 1 ? 'quote' : 'quotes'} below`,
  embed: 'Embed',
  embedIframe: 'iframe — works in any CMS; the script sizes it to its content',
  embedElement: 'Custom element — one script, styles isolated',
  copy: 'Copy',
  copied: 'Copied.',
  copySelect: 'Selected: press Ctrl+C (⌘C) to copy.',
  about: 'About this timeline',
  filter: 'Filter',
  start: 'Start',
  startAgain: 'Start again',
  stepOf: (n, total) => `${n} of ${total}`,
  upNext: (title) => `Next: ${title}`,
  walkEnd: 'End of the timeline',
  readingView: 'Reading',
  playVideo: (service, site) => `Play video from ${service} — loads content from ${site}`,
  imageUnavailable: 'Image not available',
  videoUnavailable: 'Video not available',
  audioUnavailable: 'Audio not available',
  liveUpdate: (added, changed, removed) =>
    [
      added && `${added} new ${added === 1 ? 'event' : 'events'}`,
      changed && `${en.events(changed)} updated`,
      removed && `${en.events(removed)} removed`,
    ]
      .filter(Boolean)
      .join(', '),
  newEvent: 'New',
  newInCluster: (n) => `, ${n} new`,
  eventRemoved: 'This event was removed by the newsroom.',
  notUpdatedSince: (time) => `Not updated since ${time}`,
};
