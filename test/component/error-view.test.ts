import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ErrorView from '../../src/components/ErrorView.svelte';
import { en } from '../../src/i18n/messages';

describe('ErrorView', () => {
  it('lists 200 problems at first, then 200 more at a time (issue 16, finding 12)', async () => {
    // 100,000 problems built 400,000 nodes at once.
    const problems = Array.from({ length: 1000 }, (_, i) => ({
      path: `$.events[${i}].date`,
      message: `problem ${i}`,
      line: i + 1,
      column: 1,
    }));
    const failure = {
      ok: false as const,
      kind: 'invalid' as const,
      src: 'x.json',
      title: 'The timeline file has 1000 problems.',
      problems,
    };
    const { container } = render(ErrorView, { props: { failure, messages: en } });
    expect(container.querySelectorAll('ol.problems li')).toHaveLength(200);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 200 more' }));
    expect(container.querySelectorAll('ol.problems li')).toHaveLength(400);
  });
});
