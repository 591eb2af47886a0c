import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import QuotesView from '../../src/components/QuotesView.svelte';
import { filterQuotes, NO_FILTER } from '../../src/query/filter-events';
import { renderInReader, seedTimeline } from './support/seed';

const timeline = seedTimeline();
const quotes = filterQuotes(timeline.events, NO_FILTER);

describe('QuotesView', () => {
  it('lists every quote verbatim in time order', () => {
    const { container } = renderInReader(QuotesView, { quotes });
    const texts = [...container.querySelectorAll('blockquote')].map((b) => b.textContent?.trim());
    expect(texts).toEqual(quotes.map((q) => q.text));
  });

  it('highlights the event of a focused quote and clears it on leaving', async () => {
    const onhighlight = vi.fn();
    const { container } = renderInReader(QuotesView, { quotes, onhighlight });
    const item = container.querySelector('li[data-event-id="brussels-press-conference"]')!;
    await fireEvent.focusIn(item);
    expect(onhighlight).toHaveBeenLastCalledWith('brussels-press-conference');
    await fireEvent.focusOut(item);
    expect(onhighlight).toHaveBeenLastCalledWith(null);
  });

  it('chooses the event of a quote', async () => {
    const onchoose = vi.fn();
    renderInReader(QuotesView, { quotes, onchoose });
    const buttons = screen.getAllByRole('button', { name: /Thomas-Greenfield/ });
    await fireEvent.click(buttons[0]!);
    expect(onchoose).toHaveBeenCalledWith('thomas-greenfield-cnn-state-of-the-union');
  });

  it('shows a page at a time and more on request', async () => {
    const { container } = renderInReader(QuotesView, { quotes, pageSize: 5 });
    expect(container.querySelectorAll('blockquote')).toHaveLength(5);
    await fireEvent.click(container.querySelector('button.more')!);
    expect(container.querySelectorAll('blockquote')).toHaveLength(10);
  });

  it('says so when nothing matches', () => {
    renderInReader(QuotesView, { quotes: [] });
    expect(screen.getByText('Nothing matches these filters.')).toBeInTheDocument();
  });
});
