/**
 * Stands in for d3-selection in the reader's bundle (see the alias in vite.config.ts). Dateline
 * draws with Svelte; d3-selection is there only because d3-zoom and d3-drag use it to listen to
 * the gesture element and the window. They need `select` of one node, `pointer`, and nine
 * selection methods: on, property, style, filter, each, call, datum, node and (from
 * d3-transition) interrupt. d3-selection ships its whole API — data joins, namespaces, joins,
 * ordering — as one prototype that no bundler can trim: about 3.5 KB gzip, where this is under 1.
 *
 * The semantics are d3's, as documented for those methods: listeners are called with the node
 * as `this` and `(event, datum)`; `on("type.name", f, options)` replaces a listener of the same
 * type and name; `on(".name", null)` removes every listener of that name; `on("type.name")`
 * returns the listener. Tests: test/unit/d3-selection-lean.test.ts (jsdom), and the zoom, drag
 * and touch tests in the browser suite.
 */

type Datum = unknown;
type Node = (Element | Window) & { __on?: Entry[]; __data__?: Datum };
type Each = (this: Node, d: Datum, i: number, nodes: Node[]) => unknown;
type Listener = (this: Node, event: Event, d: Datum) => void;

interface Entry {
  type: string;
  name: string;
  value: Listener;
  handle: EventListener;
  options: boolean | AddEventListenerOptions | undefined;
}

/** "mousemove.zoom mouseup.zoom" → [{ type, name }…]. */
function parse(typenames: string): { type: string; name: string }[] {
  return typenames
    .trim()
    .split(/\s+/)
    .map((t) => {
      const dot = t.indexOf('.');
      return dot < 0 ? { type: t, name: '' } : { type: t.slice(0, dot), name: t.slice(dot + 1) };
    });
}

const matches = (e: Entry, t: { type: string; name: string }) =>
  (!t.type || e.type === t.type) && e.name === t.name;

export class LeanSelection {
  constructor(readonly nodes: Node[]) {}

  node(): Node | null {
    return this.nodes[0] ?? null;
  }

  each(f: Each): this {
    this.nodes.forEach((n, i, all) => f.call(n, n.__data__, i, all));
    return this;
  }

  call<A extends unknown[]>(f: (selection: this, ...args: A) => unknown, ...args: A): this {
    f(this, ...args);
    return this;
  }

  /** The first node's datum (read only: nothing here binds data). */
  datum(): Datum {
    return this.node()?.__data__;
  }

  filter(test: Each): LeanSelection {
    return new LeanSelection(this.nodes.filter((n, i, all) => test.call(n, n.__data__, i, all)));
  }

  property(name: string, value: unknown): this {
    return this.each(function (d, i, all) {
      const v = typeof value === 'function' ? (value as Each).call(this, d, i, all) : value;
      const target = this as unknown as Record<string, unknown>;
      if (v == null) delete target[name];
      else target[name] = v;
    });
  }

  style(name: string, value: string | null, priority = ''): this {
    return this.each(function () {
      const { style } = this as HTMLElement;
      if (value == null) style.removeProperty(name);
      else style.setProperty(name, value, priority);
    });
  }

  /** No transitions run here (see d3-zoom-without-transitions.ts): nothing to interrupt. */
  interrupt(): this {
    return this;
  }

  on(typenames: string): Listener | undefined;
  on(
    typenames: string,
    listener: Listener | null,
    options?: boolean | AddEventListenerOptions,
  ): this;
  on(
    typenames: string,
    listener?: Listener | null,
    options?: boolean | AddEventListenerOptions,
  ): this | Listener | undefined {
    const types = parse(typenames);
    if (listener === undefined) {
      const entries = this.node()?.__on ?? [];
      for (const t of types) {
        const found = entries.find((e) => matches(e, t));
        if (found) return found.value;
      }
      return undefined;
    }
    for (const node of this.nodes) {
      const entries = (node.__on ??= []);
      for (const t of types) {
        for (let i = entries.length - 1; i >= 0; i--) {
          const e = entries[i]!;
          if (!matches(e, t)) continue;
          node.removeEventListener(e.type, e.handle, e.options);
          entries.splice(i, 1);
        }
        if (!listener || !t.type) continue;
        const value = listener;
        const handle = function (this: Node, event: Event) {
          value.call(this, event, this.__data__);
        } as EventListener;
        node.addEventListener(t.type, handle, options);
        entries.push({ type: t.type, name: t.name, value, handle, options });
      }
    }
    return this;
  }
}

/** A selection of one node (d3-zoom and d3-drag never select by CSS selector). */
export function select(node: Node | null | undefined): LeanSelection {
  return new LeanSelection(node ? [node] : []);
}

interface PointerLike {
  clientX: number;
  clientY: number;
  pageX: number;
  pageY: number;
  currentTarget?: EventTarget | null;
  sourceEvent?: PointerLike;
}

/**
 * The pointer's [x, y] in `target`'s own px (the event's current target by default): from the
 * element's box, borders excluded, or from the SVG coordinate system for an SVG element.
 */
export function pointer(event: PointerLike, target?: EventTarget | null): [number, number] {
  while (event.sourceEvent) event = event.sourceEvent;
  const node = (target === undefined ? event.currentTarget : target) as
    (Element & Partial<SVGGraphicsElement>) | null | undefined;
  if (node) {
    const svg = (node.ownerSVGElement ?? node) as Partial<SVGSVGElement>;
    const ctm = svg.createSVGPoint ? node.getScreenCTM?.() : null;
    if (ctm && svg.createSVGPoint) {
      const p = svg.createSVGPoint();
      p.x = event.clientX;
      p.y = event.clientY;
      const q = p.matrixTransform(ctm.inverse());
      return [q.x, q.y];
    }
    if (node.getBoundingClientRect) {
      const box = node.getBoundingClientRect();
      return [event.clientX - box.left - node.clientLeft, event.clientY - box.top - node.clientTop];
    }
  }
  return [event.pageX, event.pageY];
}
