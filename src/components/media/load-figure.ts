/**
 * The media figure is its own chunk: the reader's first download stays near the size it was for
 * the many timelines that have no media. One request, shared by every figure on the page.
 */
import type { Component } from 'svelte';
import type { Media } from '../../format/types';

export type MediaFigureComponent = Component<{ media: Media; sizes?: string }>;

let loading: Promise<MediaFigureComponent> | undefined;

export function loadMediaFigure(): Promise<MediaFigureComponent> {
  return (loading ??= import('./MediaFigure.svelte').then((m) => m.default));
}
