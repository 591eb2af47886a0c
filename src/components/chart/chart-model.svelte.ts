/**
 * What the chart root owns and its layers read: the width, the zoom transform, the scale (with
 * its axis breaks) and the layout of the marks and their labels. Everything but the width, the
 * transform and the "true to scale" switch is derived.
 */
import { createContext, untrack } from 'svelte';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { Locale } from 'date-fns';
import type { Messages } from '../../i18n/messages';
import type { Timeline, TimelineEvent } from '../../format/types';
import { findBreaks, warpOf } from '../../layout/broken-scale';
import { groupColors, OTHER_COLOR } from '../../layout/colors';
import { fitLaneRows, uniformLaneRows } from '../../layout/lane-rows';
import { placeLabels, twoLineWidth, type LabelPlacement } from '../../layout/labels';
import { defaultMeasure, indexTimeline, layoutTimeline, type Layout } from '../../layout/layout';
import { revealTransform } from '../../layout/reveal';
import { periodRows } from '../../layout/period-bands';
import {
  baseScale,
  domainMs,
  finestPrecision,
  minVisibleMs,
  zoomExtent,
} from '../../layout/time-scale';
import type { Measure } from '../../layout/text-width';
import { ZoomController } from '../zoom-controller';

/** The axis strip: break labels on its first line, ticks on its second. */
export const AXIS = 38;
export const ROW = 30;
/** A row of period labels, under the lanes. */
export const PERIOD_ROW = 20;
/** Room above a lane's rows for its name: names never share a row with labels. */
export const LANE_TOP = 18;
const PAD = 24;
/** Up to this many events, lanes get the rows they need and the fit view has no cluster. */
const SMALL = 150;

export interface ChartInputs {
  events: TimelineEvent[];
  timeline: Timeline;
  messages: Messages;
  dateLocale: Locale;
}

/** theme.css's --dl-font: an embedder's override is not seen here, so widths keep some slack. */
const FONT = `13px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

/** Label widths as the browser draws them; an estimate where there is no canvas. */
const canvasMeasure: Measure = (() => {
  const cache = new Map<string, number>();
  let context: CanvasRenderingContext2D | null | undefined;
  return (text: string) => {
    let w = cache.get(text);
    if (w !== undefined) return w;
    if (context === undefined && typeof document !== 'undefined') {
      context = document.createElement('canvas').getContext('2d');
      if (context) context.font = FONT;
    }
    w = context ? Math.ceil(context.measureText(text).width * 1.04) + 2 : defaultMeasure(text) - 16;
    if (cache.size > 2000) cache.clear();
    cache.set(text, w);
    return w;
  };
})();
/** The packing reserves the label and the dot. */
const packMeasure: Measure = (text) => canvasMeasure(text) + 16;

/**
 * Whether labels may be measured on a canvas (the server has none and estimates). Off in the
 * browser while a page rendered on the server is hydrated (embed/seed-main.svelte.ts): its
 * labels were placed with the estimate, and hydration must find them where they are. Turned on
 * after, the chart measures and places its labels again.
 */
export const textMetrics = $state({ canvas: true });

export class ChartModel {
  width = $state(0);
  transform = $state.raw<ZoomTransform>(zoomIdentity);
  /** The reader asked for time true to scale: no axis breaks. */
  trueScale = $state(false);
  /** The mark under the pointer or the keyboard: its tooltip shows. */
  hintKey = $state<string | null>(null);
  /** The tooltip's element id, unique on the page. */
  hintId = '';
  readonly zoom = new ZoomController((t) => (this.transform = t));
  readonly #inputs: () => ChartInputs;

  constructor(inputs: () => ChartInputs, width: () => number) {
    this.#inputs = inputs;
    this.width = untrack(width);
  }

  get input(): ChartInputs {
    return this.#inputs();
  }
  get events(): TimelineEvent[] {
    return this.#inputs().events;
  }
  get messages(): Messages {
    return this.#inputs().messages;
  }
  get dateLocale(): Locale {
    return this.#inputs().dateLocale;
  }

  readonly small = $derived(this.input.events.length <= SMALL);
  readonly precision = $derived(finestPrecision(this.input.events));
  readonly breaks = $derived(this.trueScale ? [] : findBreaks(this.input.events));
  readonly warper = $derived(warpOf(this.breaks));
  readonly index = $derived.by(() => {
    const { timeline, events, messages } = this.input;
    const warp = this.breaks.length > 0 ? this.warper.warp : undefined;
    return indexTimeline(
      { groups: timeline.groups, events },
      { otherLabel: messages.otherLane, warp },
    );
  });
  readonly base = $derived(baseScale(this.events, Math.max(this.width, 1), PAD, this.warper));
  readonly scaleExtent = $derived(
    zoomExtent(domainMs(this.base), { minVisibleMs: minVisibleMs(this.precision) }),
  );
  readonly x = $derived(this.transform.rescaleX(this.base));
  readonly measure = $derived(this.small && textMetrics.canvas ? packMeasure : defaultMeasure);
  readonly #options = $derived({
    width: this.width,
    rowHeight: ROW,
    laneTop: LANE_TOP,
    locale: this.dateLocale,
    measure: this.measure,
    // A short story reserves each title's whole line: a label then never has to be cut.
    ...(this.small ? { maxLabelWidth: 1000 } : {}),
    ...(this.precision ? { precision: this.precision } : {}),
  });
  readonly laneRows = $derived(
    this.small ? fitLaneRows(this.index, this.base, this.#options) : uniformLaneRows(this.index),
  );
  readonly layout: Layout | null = $derived(this.width > 0 ? this.layoutAt(this.transform) : null);
  /** Where each mark's label goes, by the mark's place in `layout.items`. */
  readonly labels: LabelPlacement[] = $derived.by(() => {
    const items = this.layout?.items ?? [];
    const widths = this.#widths;
    return placeLabels(
      items.map((item) => {
        const [oneLine, twoLines] = item.kind === 'event' ? widths(item.event.title) : [0, 0];
        return { row: item.lane * 64 + item.row, x: item.x, bar: item.bar, oneLine, twoLines };
      }),
      { width: this.width },
    );
  });
  /** A title's width on one line and on two, measured once: this runs every frame. */
  readonly #widths = $derived.by(() => {
    const text =
      this.small && textMetrics.canvas ? canvasMeasure : (s: string) => defaultMeasure(s) - 16;
    const cache = new Map<string, [number, number]>();
    return (title: string): [number, number] => {
      let w = cache.get(title);
      if (!w) {
        if (cache.size > 4096) cache.clear();
        cache.set(title, (w = [text(title), twoLineWidth(title, text)]));
      }
      return w;
    };
  });
  readonly colors = $derived(groupColors(this.input.timeline.groups));
  readonly periods = $derived(this.input.timeline.periods ?? []);
  readonly periodRows = $derived(periodRows(this.periods));
  /** The strip under the lanes where period labels go: one row per overlap. */
  readonly periodStrip = $derived(
    this.periods.length === 0 ? 0 : (Math.max(...this.periodRows) + 1) * PERIOD_ROW + 4,
  );
  readonly positionOf = $derived(new Map(this.events.map((e, i) => [e.id, i])));

  laneColor(lane: number): string {
    const band = this.index.lanes[lane];
    return (band && this.colors.get(band.id)) ?? OTHER_COLOR;
  }

  layoutAt(t: ZoomTransform): Layout {
    return layoutTimeline(this.index, t.rescaleX(this.base), {
      ...this.#options,
      laneRows: this.laneRows,
    });
  }

  /** Brings `event` into view as its own mark; moves nothing when it already is. */
  reveal(event: TimelineEvent): void {
    if (this.width <= 0) return;
    const t = revealTransform(this.transform, event, this.base, this.width, {
      scaleExtent: this.scaleExtent,
      hasOwnMark: (probe) => this.layoutAt(probe).items.some((it) => it.key === event.id),
    });
    if (t !== this.transform) this.zoom.set(t);
  }
}

export const [getChart, setChart] = createContext<ChartModel>();
