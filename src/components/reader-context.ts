import { createContext } from 'svelte';
import type { Locale } from 'date-fns';
import type { Messages } from '../i18n/messages';
import type { Timeline } from '../format/types';
import type { MediaFigureComponent } from './media/load-figure';

/** What every piece of the reader needs and nothing changes while a timeline is shown. */
export interface ReaderContext {
  timeline: Timeline;
  /** date-fns locale for dates and axis ticks. */
  dateLocale: Locale;
  messages: Messages;
  /** The media figure, given where it cannot be loaded later (the static page). */
  mediaFigure?: MediaFigureComponent;
}

export const [getReader, setReader] = createContext<ReaderContext>();
