import { createContext } from 'svelte';
import type { Locale } from 'date-fns';
import type { Messages } from '../i18n/messages';
import type { Timeline } from '../format/types';
import type { MediaFigureComponent } from './media/load-figure';

/**
 * What every piece of the reader needs. Only `timeline` changes while a reader is shown (a live
 * story's update): read it as `getReader().timeline` where it is used, never destructured once.
 */
export interface ReaderContext {
  readonly timeline: Timeline;
  /** date-fns locale for dates and axis ticks. */
  dateLocale: Locale;
  messages: Messages;
  /** The media figure, given where it cannot be loaded later (the static page). */
  mediaFigure?: MediaFigureComponent;
  /** The event came with a live update and the reader has not opened it yet. */
  isNew?: (id: string) => boolean;
  /** Those events, all of them: clusters count the ones they hold. */
  readonly fresh?: ReadonlySet<string> | undefined;
}

export const [getReader, setReader] = createContext<ReaderContext>();
