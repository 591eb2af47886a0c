import { describe, expect, it } from 'vitest';
import {
  heightMessages,
  readChildMessage,
  readParentMessage,
  wordpressLink,
  wordpressSecret,
} from '../../../src/embed/messages';
import { eventFromHash } from '../../../src/state/url-params';

describe('heightMessages', () => {
  it('speaks pym.js (with a childId), AMP, Datawrapper and ours, rounding up', () => {
    expect(heightMessages(411.2, 'story')).toEqual([
      { type: 'dateline:resize', height: 412 },
      { sentinel: 'amp', type: 'embed-size', height: 412 },
      { 'datawrapper-height': { story: 412 } },
      'pymxPYMxstoryxPYMxheightxPYMx412',
    ]);
  });
  it('adds WordPress’s height message, with its secret, only when there is a secret', () => {
    expect(heightMessages(300.5, null, 'Ab12')).toContainEqual({
      message: 'height',
      value: 301,
      secret: 'Ab12',
    });
    expect(heightMessages(300, null, null).some((m) => JSON.stringify(m).includes('secret'))).toBe(
      false,
    );
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
    ['pymxPYMxtxPYMxwidthxPYMx800', 't', { type: 'height?' }],
    ['pymxPYMxtxPYMxwidthxPYMx800.5', 't', { type: 'height?' }],
    ['pymxPYMxtxPYMxwidthxPYMx800', 'other', null],
    ['pymxPYMxtxPYMxwidthxPYMx800', null, null],
    ['pymxPYMxtxPYMxwidthxPYMxwide', 't', null],
    ['pymxPYMxtxPYMxscrollToChildPosxPYMx0', 't', null],
    [undefined, 't', null],
  ])('%j (child %s) → %j', (data, childId, expected) => {
    expect(readParentMessage(data, childId)).toEqual(expected);
  });
});

describe('WordPress', () => {
  it.each([
    ['#?secret=Ab12cD', 'Ab12cD'],
    ['#?url=x&secret=Zz9', 'Zz9'],
    ['#?secret=Ab12&other=1', 'Ab12'],
    ['#?secret=', null],
    ['#?secret=a-b', null],
    ['#?secret=a%20b', null],
    ['#?secret=' + 'a'.repeat(65), null],
    ['#secret=Ab12', null],
    ['#brussels-press-conference', null],
    ['', null],
  ])('reads the secret of %j as %j', (hash, expected) => {
    expect(wordpressSecret(hash)).toBe(expected);
  });

  it('never takes its #?secret= for an event id', () => {
    expect(eventFromHash('#?secret=Ab12')).toBeNull();
    expect(eventFromHash('#brussels-press-conference')).toBe('brussels-press-conference');
  });

  it.each([
    [{ message: 'ready', secret: 'Ab12' }, 'Ab12', { type: 'height?' }],
    [{ message: 'ready', secret: 'Zz99' }, 'Ab12', null],
    [{ message: 'ready' }, 'Ab12', null],
    [{ message: 'ready', secret: 'Ab12' }, null, null],
    [{ message: 'height', value: 5, secret: 'Ab12' }, 'Ab12', null],
  ])('answers %j (secret %s) with %j', (data, secret, expected) => {
    expect(readParentMessage(data, null, secret)).toEqual(expected);
  });

  it('asks the host to follow a link with the secret', () => {
    expect(wordpressLink('https://x.test/a', 'Ab12')).toEqual({
      message: 'link',
      value: 'https://x.test/a',
      secret: 'Ab12',
    });
  });
});
