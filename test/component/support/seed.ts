import { readFileSync } from 'node:fs';
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { parseTimelineText } from '../../../src/validate/validate';
import type { Timeline } from '../../../src/format/types';
import type { Messages } from '../../../src/i18n/messages';
import WithReader from './WithReader.svelte';

/** The seed timeline, validated the way the app does it. */
export function seedTimeline(): Timeline {
  const result = parseTimelineText(readFileSync('data/nato-china-2023.json', 'utf8'));
  if (!result.ok) throw new Error(`seed is invalid: ${JSON.stringify(result.problems)}`);
  return result.timeline;
}

/** Renders a reader component with the reader context a Reader would give it. */
export function renderInReader<P extends Record<string, unknown>>(
  component: Component<P>,
  props: P,
  timeline: Timeline = seedTimeline(),
  messages?: Messages,
) {
  return render(WithReader, { props: { timeline, component, props, messages } as never });
}
