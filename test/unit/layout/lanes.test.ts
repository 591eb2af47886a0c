import { describe, expect, it } from 'vitest';
import { OTHER_LANE_ID, assignLanes } from '../../../src/layout/lanes';
import { timeline } from './fixtures';

describe('assignLanes', () => {
  it.each([
    {
      why: 'one lane per group in the order of `groups`, then Other',
      groups: ['nato', 'us'],
      events: [[], ['us'], ['nato']],
      lanes: ['nato', 'us', OTHER_LANE_ID],
      laneOf: [2, 1, 0],
    },
    {
      why: "an event in several groups goes to its first group's lane",
      groups: ['nato', 'us'],
      events: [
        ['us', 'nato'],
        ['nato', 'us'],
      ],
      lanes: ['nato', 'us'],
      laneOf: [1, 0],
    },
    {
      why: 'no lane for a group without events, nor for Other when all have a group',
      groups: ['nato', 'china', 'us'],
      events: [['us'], ['nato']],
      lanes: ['nato', 'us'],
      laneOf: [1, 0],
    },
    {
      why: 'unknown group ids count as no group',
      groups: ['nato'],
      events: [['ghost'], ['ghost', 'nato']],
      lanes: ['nato', OTHER_LANE_ID],
      laneOf: [1, 0],
    },
    {
      why: 'a timeline without groups has the one Other lane',
      groups: [],
      events: [[], []],
      lanes: [OTHER_LANE_ID],
      laneOf: [0, 0],
    },
  ])('$why', ({ groups, events, lanes, laneOf }) => {
    const t = timeline(
      events.map((g, i) => ({ date: `2023-02-${10 + i}`, groups: g })),
      groups,
    );
    const assigned = assignLanes(t);
    expect(assigned.lanes.map((l) => l.id)).toEqual(lanes);
    expect([...assigned.laneOf]).toEqual(laneOf);
  });

  it('labels lanes with the group label and keeps its colour', () => {
    const t = timeline([{ date: '2023', groups: ['nato'] }, { date: '2023' }], ['nato']);
    const withColour = { ...t, groups: { nato: { id: 'nato', label: 'NATO', color: '#123456' } } };
    expect(assignLanes(withColour, 'Andere').lanes).toEqual([
      { id: 'nato', label: 'NATO', color: '#123456' },
      { id: OTHER_LANE_ID, label: 'Andere' },
    ]);
  });
});
