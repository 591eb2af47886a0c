import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import EventDetails from '../../src/components/EventDetails.svelte';
import { renderInReader, seedTimeline } from './support/seed';

const timeline = seedTimeline();
const byId = (id: string) => {
  const event = timeline.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};

describe('EventDetails', () => {
  // Consecutive quotes by the same speaker, from the same source, share one attribution under
  // the last of them (issue 11); each keeps its context.
  it('shows every quote of the event verbatim as a blockquote with speaker, role and via', () => {
    const event = byId('brussels-press-conference');
    const { container } = renderInReader(EventDetails, { event });
    const quotes = container.querySelectorAll('figure.quote');
    expect(quotes).toHaveLength(event.quotes.length);
    event.quotes.forEach((quote, i) => {
      const figure = quotes[i] as HTMLElement;
      expect(figure.querySelector('blockquote')?.textContent?.trim()).toBe(quote.text);
      // Every quote names its speaker to a screen reader; only the last of a run shows it.
      const cite = figure.querySelector('cite');
      expect(cite?.textContent).toBe(quote.by.name);
      if (i < event.quotes.length - 1) {
        expect(cite?.classList.contains('visually-hidden')).toBe(true);
        return;
      }
      expect(cite?.classList.contains('visually-hidden')).toBe(false);
      expect(figure.querySelector('figcaption')?.textContent).toContain(quote.by.role ?? '');
      expect(figure.querySelector('figcaption')?.textContent).toContain('via The Hill');
    });
  });

  it('gives a month-precision event its month, not an invented day', () => {
    renderInReader(EventDetails, { event: byId('treasury-sanctions-spacety') });
    const time = screen.getByRole('heading', { level: 3 }).parentElement?.querySelector('time');
    expect(time?.textContent).toBe('January 2023');
    expect(time?.getAttribute('datetime')).toBe('2023-01');
  });

  it('names the programme a quote was said on', () => {
    const { container } = renderInReader(EventDetails, { event: byId('blinken-abc-this-week') });
    expect(container.querySelector('figcaption')?.textContent).toMatch(/ABC.*This Week/);
  });

  it('lists the people with their roles', () => {
    renderInReader(EventDetails, { event: byId('brussels-press-conference') });
    const people = screen.getByRole('heading', { name: 'People' }).parentElement as HTMLElement;
    expect(within(people).getByText('Dmytro Kuleba').parentElement?.textContent).toMatch(
      /Foreign Minister/,
    );
  });

  it('renders hostile text as text, never as markup', () => {
    const event = { ...byId('blinken-cbs-news'), title: '<img src=x onerror=alert(1)>' };
    const { container } = renderInReader(EventDetails, { event });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('shows many quotes a page at a time (issue 16, finding 4)', async () => {
    // One event with 1,000,000 quotes crashed the tab when opened, 100,000 took 9.4 s.
    const base = byId('brussels-press-conference');
    const quote = base.quotes[0]!;
    const quotes = Array.from({ length: 1000 }, (_, i) => ({
      ...quote,
      id: `${base.id}/${i}`,
      text: `quote ${i}`,
    }));
    const { container } = renderInReader(EventDetails, { event: { ...base, quotes } });
    expect(container.querySelectorAll('figure.quote')).toHaveLength(25);
    const more = screen.getByRole('button', { name: 'Show 25 more' });
    await fireEvent.click(more);
    expect(container.querySelectorAll('figure.quote')).toHaveLength(50);
    expect(container.querySelectorAll('figure.quote')[49]?.textContent).toContain('quote 49');
  });
});
