import { describe, expect, it } from 'vitest';
import { heightMessages, readChildMessage, readParentMessage } from '../../../src/embed/messages';

describe('heightMessages', () => {
  it('speaks pym.js (with a childId), AMP, Datawrapper and ours, rounding up', () => {
    expect(heightMessages(411.2, 'story')).toEqual([
      { type: 'dateline:resize', height: 412 },
      { sentinel: 'amp', type: 'embed-size', height: 412 },
      { 'datawrapper-height': { story: 412 } },
      'pymxPYMxstoryxPYMxheightxPYMx412',
    ]);
  });
  it('skips pym.js without a childId', () => {
    expect(heightMessages(10, null)).toHaveLength(3);
    expect(heightMessages(10, null)[2]).toEqual({ 'datawrapper-height': { dateline: 10 } });
  });
});

describe('readChildMessage', () => {
  it.each([
    [
      { type: 'dateline:resize', height: 300 },
      { type: 'dateline:resize', height: 300 },
    ],
    [
      { type: 'dateline:resize', height: 0 },
      { type: 'dateline:resize', height: 0 },
    ],
    [{ type: 'dateline:resize', height: -1 }, null],
    [{ type: 'dateline:resize', height: 2e6 }, null],
    [{ type: 'dateline:resize', height: Number.NaN }, null],
    [{ type: 'dateline:resize', height: '300' }, null],
    [{ type: 'dateline:resize' }, null],
    [
      { type: 'dateline:select', id: 'a-1', title: 'T' },
      { type: 'dateline:select', id: 'a-1', title: 'T' },
    ],
    [
      { type: 'dateline:select', id: null, title: 7 },
      { type: 'dateline:select', id: null, title: null },
    ],
    [{ type: 'dateline:select', id: '<b>' }, null],
    [{ type: 'dateline:select', id: '' }, null],
    [{ type: 'dateline:select' }, null],
    [{ type: 'dateline:activate', id: 'a' }, null],
    ['pymxPYMxtxPYMxheightxPYMx10', null],
    [null, null],
    [[{ type: 'dateline:resize', height: 1 }], null],
  ])('%j → %j', (data, expected) => {
    expect(readChildMessage(data)).toEqual(expected);
  });
});

describe('readParentMessage', () => {
  it.each([
    [{ type: 'dateline:activate', id: 'a' }, 't', { type: 'dateline:activate', id: 'a' }],
    [{ type: 'dateline:activate', id: null }, 't', { type: 'dateline:activate', id: null }],
    [{ type: 'dateline:open', id: 'b_2' }, null, { type: 'dateline:open', id: 'b_2' }],
    [{ type: 'dateline:open', id: 'has space' }, null, null],
    [{ type: 'dateline:open' }, null, null],
    [{ type: 'dateline:resize', height: 1 }, null, null],
    ['pymxPYMxtxPYMxwidthxPYMx800', 't', { type: 'pym:width' }],
    ['pymxPYMxtxPYMxwidthxPYMx800.5', 't', { type: 'pym:width' }],
    ['pymxPYMxtxPYMxwidthxPYMx800', 'other', null],
    ['pymxPYMxtxPYMxwidthxPYMx800', null, null],
    ['pymxPYMxtxPYMxwidthxPYMxwide', 't', null],
    ['pymxPYMxtxPYMxscrollToChildPosxPYMx0', 't', null],
    [undefined, 't', null],
  ])('%j (child %s) → %j', (data, childId, expected) => {
    expect(readParentMessage(data, childId)).toEqual(expected);
  });
});
