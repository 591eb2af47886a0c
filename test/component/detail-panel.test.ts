import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import DetailPanel from '../../src/components/DetailPanel.svelte';
import { renderInReader, seedTimeline } from './support/seed';

const { events } = seedTimeline();

describe('DetailPanel', () => {
  // Nothing selected: the title card and Start, no longer a keyboard hint (issue 11).
  it('shows the title card with Start when nothing is selected', async () => {
    const onstep = vi.fn();
    renderInReader(DetailPanel, {
      event: null,
      previous: null,
      next: null,
      onselect: () => {},
      onstep,
    });
    await fireEvent.click(screen.getByRole('button', { name: /Start/ }));
    expect(onstep).toHaveBeenLastCalledWith(1);
  });

  it('steps to the previous and next events and closes', async () => {
    const onselect = vi.fn();
    renderInReader(DetailPanel, {
      event: events[3]!,
      previous: events[2]!,
      next: events[4]!,
      onselect,
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(events[3]!.title);
    await fireEvent.click(screen.getByRole('button', { name: /Previous event/ }));
    expect(onselect).toHaveBeenLastCalledWith(events[2]!.id);
    await fireEvent.click(screen.getByRole('button', { name: /Next event/ }));
    expect(onselect).toHaveBeenLastCalledWith(events[4]!.id);
    await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onselect).toHaveBeenLastCalledWith(null);
  });

  it('disables previous at the first event', () => {
    renderInReader(DetailPanel, {
      event: events[0]!,
      previous: null,
      next: events[1]!,
      onselect: () => {},
    });
    expect(screen.getByRole('button', { name: /Previous event/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Next event/ })).toBeEnabled();
  });
});
