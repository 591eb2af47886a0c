import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import FilterBar from '../../src/components/FilterBar.svelte';
import { Filters } from '../../src/state/filters.svelte';
import { renderInReader } from './support/seed';

describe('FilterBar', () => {
  it('writes the search words, person and group into the filters', async () => {
    const filters = new Filters();
    renderInReader(FilterBar, { filters, shown: 8, total: 8 });
    await fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'wagner' } });
    expect(filters.text).toBe('wagner');
    await fireEvent.change(screen.getByLabelText('Person'), { target: { value: 'kuleba' } });
    expect(filters.person).toBe('kuleba');
    await fireEvent.change(screen.getByLabelText('Group'), { target: { value: 'eu' } });
    expect(filters.group).toBe('eu');
  });

  it('offers every person and group of the timeline', () => {
    renderInReader(FilterBar, { filters: new Filters(), shown: 8, total: 8 });
    const people = screen.getByLabelText('Person').querySelectorAll('option');
    expect([...people].map((o) => o.textContent)).toContain('Jens Stoltenberg');
    const groups = screen.getByLabelText('Group').querySelectorAll('option');
    expect([...groups].map((o) => o.textContent)).toContain('European Union');
  });

  it('reports how many events match and clears', async () => {
    const filters = new Filters();
    filters.text = 'nothing';
    filters.person = 'stoltenberg';
    renderInReader(FilterBar, { filters, shown: 0, total: 8 });
    const search = screen.getByLabelText<HTMLInputElement>('Search');
    const person = screen.getByLabelText<HTMLSelectElement>('Person');
    // The controls show the filters they were given…
    expect(search.value).toBe('nothing');
    expect(person.value).toBe('stoltenberg');
    expect(screen.getByRole('status').textContent).toBe('Nothing matches these filters.');
    await fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(filters.text).toBe('');
    expect(filters.person).toBeNull();
    // …and follow them when they change.
    expect(search.value).toBe('');
    expect(person.value).toBe('');
  });

  it('sets the filters from what the reader types and picks', async () => {
    const filters = new Filters();
    renderInReader(FilterBar, { filters, shown: 8, total: 8 });
    await fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'coercion' } });
    expect(filters.text).toBe('coercion');
    await fireEvent.change(screen.getByLabelText('Group'), { target: { value: 'eu' } });
    expect(filters.group).toBe('eu');
    await fireEvent.change(screen.getByLabelText('Group'), { target: { value: '' } });
    expect(filters.group).toBeNull();
  });
});
