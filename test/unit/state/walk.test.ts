import { describe, expect, it } from 'vitest';
import { walkStep, type WalkStep } from '../../../src/state/walk';

const title: WalkStep = { kind: 'title' };
const end: WalkStep = { kind: 'end' };
const at = (index: number): WalkStep => ({ kind: 'event', index });

describe('walkStep', () => {
  it.each<[string, WalkStep, 1 | -1, number, WalkStep]>([
    ['Start goes to the first event', title, 1, 8, at(0)],
    ['← on the title card stays', title, -1, 8, title],
    ['→ goes to the next event', at(2), 1, 8, at(3)],
    ['← goes to the previous event', at(2), -1, 8, at(1)],
    ['← on the first event goes back to the title card', at(0), -1, 8, title],
    ['→ on the last event ends on the end card', at(7), 1, 8, end],
    ['→ on the end card stays', end, 1, 8, end],
    ['← on the end card goes to the last event', end, -1, 8, at(7)],
    ['an index past a shrunk list steps from its end', at(9), -1, 3, at(1)],
    ['no events: Start stays on the title card', title, 1, 0, title],
    ['no events: ← from the end card goes to the title card', end, -1, 0, title],
  ])('%s', (_name, from, delta, count, to) => {
    expect(walkStep(from, delta, count)).toEqual(to);
  });

  it('visits every event in order from the title card to the end card', () => {
    const seen: WalkStep[] = [];
    let step: WalkStep = title;
    for (let i = 0; i < 10; i++) seen.push((step = walkStep(step, 1, 8)));
    expect(seen).toEqual([...Array.from({ length: 8 }, (_, i) => at(i)), end, end]);
  });
});
