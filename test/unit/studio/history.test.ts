import { describe, expect, it } from 'vitest';
import { History } from '../../../src/studio/state/history';

describe('History', () => {
  it('undoes and redoes each change', () => {
    const h = new History('a');
    h.push('b', null, 0);
    h.push('c', null, 10);
    expect([h.undo(), h.current]).toEqual([true, 'b']);
    expect([h.undo(), h.current]).toEqual([true, 'a']);
    expect(h.undo()).toBe(false);
    expect([h.redo(), h.current]).toEqual([true, 'b']);
  });

  it.each([
    ['same group within a second: one step', 'cell-1', 'cell-1', 500, 'a'],
    ['same group after a pause: two steps', 'cell-1', 'cell-1', 1500, 'ab'],
    ['another group: two steps', 'cell-1', 'cell-2', 100, 'ab'],
    ['no group: two steps', null, null, 100, 'ab'],
  ])('%s', (_why, first, second, gap, afterUndo) => {
    const h = new History('a');
    h.push('ab', first, 0);
    h.push('abc', second, gap);
    h.undo();
    expect(h.current).toBe(afterUndo);
  });

  it('forgets the redo branch on a new change', () => {
    const h = new History(1);
    h.push(2);
    h.undo();
    h.push(3);
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBe(false);
    expect(h.current).toBe(3);
  });

  it('keeps at most `limit` steps', () => {
    const h = new History(0, 3);
    for (let i = 1; i <= 10; i++) h.push(i);
    let steps = 0;
    while (h.undo()) steps++;
    expect([steps, h.current]).toEqual([3, 7]);
  });
});
