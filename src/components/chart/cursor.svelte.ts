/**
 * The keyboard cursor: the event the arrows are on, and the one mark in the tab order. Usually
 * the event has its own mark; events that share a moment with more than a lane can stack stay
 * in a cluster even at the deepest zoom, and then the cluster holds the focus and speaks for the
 * event, so arrows still visit every event one by one.
 */
import { tick } from 'svelte';
import type { TimelineEvent } from '../../format/types';
import { clusterEnds, clusterHas } from '../../layout/clusters';
import { nextEventIndex } from '../../layout/step';
import type { LayoutItem } from '../../layout/types';
import type { ChartModel } from './chart-model.svelte';

export class KeyboardCursor {
  /** The event the keyboard is on. */
  eventId = $state<string | null>(null);
  /** The mark that last had focus. */
  focusKey = $state<string | null>(null);
  readonly #chart: ChartModel;
  readonly #selectedId: () => string | null;
  /** The list of marks, to move focus in. */
  list: HTMLElement | undefined = undefined;

  constructor(chart: ChartModel, selectedId: () => string | null) {
    this.#chart = chart;
    this.#selectedId = selectedId;
  }

  /** The one mark in the tab order: the focused or selected event when drawn, else the first. */
  readonly tabKey = $derived.by(() => {
    const items = this.#chart.layout?.items ?? [];
    const wanted = this.focusKey ?? this.#selectedId();
    return items.some((i) => i.key === wanted) ? wanted : (items[0]?.key ?? null);
  });

  /** Whether `item` is a cluster that holds the cursor's event. */
  holds(item: LayoutItem): boolean {
    // O(the cluster's runs), not O(its events): a cluster may hold thousands.
    const at = this.eventId === null ? undefined : this.#chart.positionOf.get(this.eventId);
    return item.kind === 'cluster' && at !== undefined && clusterHas(this.#chart.index, item, at);
  }

  /** The event a mark stands for when the keyboard lands on it. */
  eventOf(item: LayoutItem): string | undefined {
    if (item.kind === 'event') return item.event.id;
    return this.holds(item)
      ? (this.eventId ?? undefined)
      : clusterEnds(this.#chart.index, item)?.[0].id;
  }

  onfocus(item: LayoutItem): void {
    this.focusKey = item.key;
    if (item.kind === 'event') this.eventId = item.event.id;
  }

  /** Moves the cursor to `event`: brings it into view and focuses its mark (or its cluster). */
  async moveTo(event: TimelineEvent): Promise<void> {
    this.eventId = event.id;
    this.#chart.reveal(event);
    const items = this.#chart.layout?.items ?? [];
    const holder = items.find((i) => i.key === event.id) ?? items.find((i) => this.holds(i));
    this.focusKey = holder?.key ?? event.id;
    await tick();
    this.list?.querySelector<HTMLElement>(`[data-key="${CSS.escape(this.focusKey)}"]`)?.focus();
  }

  /** Arrows, Home and End on a mark; true when the key was used. */
  onkey(e: KeyboardEvent, item: LayoutItem): boolean {
    const { events, positionOf } = this.#chart;
    const current = this.eventOf(item);
    const from = current ? (positionOf.get(current) ?? -1) : -1;
    let to: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') to = nextEventIndex(events, from, 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') to = nextEventIndex(events, from, -1);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = events.length - 1;
    if (to === null || to < 0) return false;
    void this.moveTo(events[to]!);
    return true;
  }
}
