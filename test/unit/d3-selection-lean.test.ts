// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { LeanSelection, pointer, select } from '../../src/vendor/d3-selection-lean';

const zoomSource = readFileSync('node_modules/d3-zoom/dist/d3-zoom.mjs', 'utf8');
const dragSource = readFileSync('node_modules/d3-drag/dist/d3-drag.mjs', 'utf8');

function fire(node: EventTarget, type: string) {
  const event = new Event(type, { bubbles: true });
  node.dispatchEvent(event);
  return event;
}

describe('d3-selection, lean', () => {
  it('offers what d3-zoom and d3-drag import from d3-selection, and no more is imported', () => {
    expect(zoomSource).toMatch(/import \{ select, pointer \} from 'd3-selection';/);
    expect(dragSource).toMatch(/import \{ select, pointer \} from 'd3-selection';/);
    expect(zoomSource.match(/from 'd3-selection'/g)).toHaveLength(1);
    expect(typeof select).toBe('function');
    expect(typeof pointer).toBe('function');
  });

  it('has every selection method d3-zoom calls', () => {
    // The methods called on a selection in d3-zoom's source, found by name.
    for (const method of ['property', 'on', 'filter', 'style', 'interrupt', 'each', 'datum']) {
      expect(zoomSource).toContain(`.${method}(`);
      expect(typeof (LeanSelection.prototype as unknown as Record<string, unknown>)[method]).toBe(
        'function',
      );
    }
    // A transition (which the lean selection cannot make) is asked for only when a duration is set.
    expect(zoomSource).toMatch(/if \(duration > 0\) select\(this\)\.transition\(\)/);
  });

  it('calls listeners with the node as this, the event and the datum', () => {
    const node = document.createElement('div') as HTMLDivElement & { __data__?: unknown };
    node.__data__ = { id: 7 };
    const seen: unknown[] = [];
    select(node).on('click.test', function (event, d) {
      seen.push(this, event.type, d);
    });
    fire(node, 'click');
    expect(seen).toEqual([node, 'click', { id: 7 }]);
  });

  it('replaces a listener of the same type and name, and keeps others', () => {
    const node = document.createElement('div');
    const a = vi.fn();
    const b = vi.fn();
    const c = vi.fn();
    select(node).on('click.x', a).on('click.x', b).on('click.y', c);
    fire(node, 'click');
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledTimes(1);
    expect(c).toHaveBeenCalledTimes(1);
    expect(select(node).on('click.x')).toBe(b);
    expect(select(node).on('click.z')).toBeUndefined();
  });

  it('removes by type and name, by name alone, and several at once', () => {
    const node = document.createElement('div');
    const down = vi.fn();
    const up = vi.fn();
    const other = vi.fn();
    const s = select(node).on('mousedown.zoom', down).on('mouseup.zoom', up);
    s.on('mousedown.drag', other);
    s.on('mousedown.zoom mouseup.zoom', null);
    fire(node, 'mousedown');
    fire(node, 'mouseup');
    expect(down).not.toHaveBeenCalled();
    expect(up).not.toHaveBeenCalled();
    expect(other).toHaveBeenCalledTimes(1);
    s.on('.drag', null);
    fire(node, 'mousedown');
    expect(other).toHaveBeenCalledTimes(1);
    expect(s.on('mousedown.drag')).toBeUndefined();
  });

  it('removes a capturing listener with the options it was added with', () => {
    const parent = document.createElement('div');
    const child = document.createElement('span');
    parent.append(child);
    const order: string[] = [];
    child.addEventListener('click', () => order.push('child'));
    select(parent).on('click.c', () => order.push('parent, capturing'), true);
    fire(child, 'click');
    expect(order).toEqual(['parent, capturing', 'child']);
    select(parent).on('click.c', null);
    fire(child, 'click');
    expect(order).toEqual(['parent, capturing', 'child', 'child']);
  });

  it('passes options through: a non-passive listener may prevent the default', () => {
    const node = document.createElement('div');
    select(node).on('wheel.zoom', (event) => event.preventDefault(), { passive: false });
    const event = new Event('wheel', { cancelable: true });
    node.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('sets properties from values or functions of the node, and deletes on null', () => {
    const node = document.createElement('div') as HTMLDivElement & { __zoom?: unknown };
    select(node).property('__zoom', function (this: unknown) {
      return this === node ? 'mine' : 'wrong';
    });
    expect(node.__zoom).toBe('mine');
    select(node).property('__zoom', null);
    expect('__zoom' in node).toBe(false);
  });

  it('filters, iterates, calls and styles', () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    const both = new LeanSelection([a, b]);
    const firstOnly = both.filter(function () {
      return this === a;
    });
    expect(firstOnly.nodes).toEqual([a]);
    const visited: unknown[] = [];
    both.each(function (_d, i) {
      visited.push(this, i);
    });
    expect(visited).toEqual([a, 0, b, 1]);
    const called = vi.fn();
    expect(both.call(called, 1, 2)).toBe(both);
    expect(called).toHaveBeenCalledWith(both, 1, 2);
    both.style('color', 'red');
    expect(b.style.getPropertyValue('color')).toBe('red');
    both.style('color', null);
    expect(b.style.getPropertyValue('color')).toBe('');
    expect(both.interrupt()).toBe(both);
    expect(select(null).node()).toBeNull();
    expect(select(null).datum()).toBeUndefined();
  });

  it("measures the pointer in the target's box, borders excluded", () => {
    const node = document.createElement('div');
    node.getBoundingClientRect = () => ({ left: 100, top: 50 }) as DOMRect;
    Object.defineProperty(node, 'clientLeft', { value: 2 });
    Object.defineProperty(node, 'clientTop', { value: 3 });
    const event = { clientX: 150, clientY: 80, pageX: 150, pageY: 980, currentTarget: node };
    expect(pointer(event)).toEqual([48, 27]);
    // A wrapped event (d3's sourceEvent) is unwrapped first.
    expect(pointer({ ...event, clientX: 0, sourceEvent: event } as never, node)).toEqual([48, 27]);
    // No target at all: page coordinates.
    expect(pointer({ ...event, currentTarget: null })).toEqual([150, 980]);
  });
});
