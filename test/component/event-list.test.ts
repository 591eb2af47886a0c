import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import EventList from '../../src/components/EventList.svelte';
import { validateTimeline } from '../../src/validate/validate';
import { generateTimelineInput } from '../support/generate-input';
import { renderInReader, seedTimeline } from './support/seed';

const big = validateTimeline(generateTimelineInput(60, 5));
if (!big.ok) throw new Error('generated timeline invalid');
const { events } = big.timeline;

describe('EventList', () => {
  it('toggles an event open and reports the choice', async () => {
    const onselect = vi.fn();
    const timeline = seedTimeline();
    renderInReader(EventList, { events: timeline.events, onselect }, timeline);
    const button = screen.getByRole('button', { name: /Thomas-Greenfield/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await fireEvent.click(button);
    expect(onselect).toHaveBeenCalledWith('thomas-greenfield-cnn-state-of-the-union');
  });

  // jsdom builds 60 rows in three steps: seconds on a busy machine, so a generous bound.
  it('shows a page of a long chronology at a time', { timeout: 20_000 }, async () => {
    const { container } = renderInReader(EventList, { events, pageSize: 25 }, big.timeline);
    expect(container.querySelectorAll('li.item')).toHaveLength(25);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 25 more' }));
    expect(container.querySelectorAll('li.item')).toHaveLength(50);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 10 more' }));
    expect(container.querySelectorAll('li.item')).toHaveLength(60);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });

  it('always shows the selected event, even past the first page', () => {
    const selected = events[40]!;
    const { container } = renderInReader(
      EventList,
      { events, pageSize: 25, selectedId: selected.id },
      big.timeline,
    );
    expect(container.querySelectorAll('li.item')).toHaveLength(41);
    expect(container.querySelector(`li[data-event-id="${selected.id}"]`)).toHaveClass('open');
  });
});
