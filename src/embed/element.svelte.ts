/**
 * Entry of the custom element script, `embed/dateline-timeline.js`: defines
 * `<dateline-timeline>`. Each element renders into its own open shadow root, so the page's CSS
 * cannot reach in and ours cannot leak out, and it keeps its own selection, keys and article
 * sync: several on one page never interfere. A CMS may paste the script once per embed, so a
 * second definition is skipped.
 */
import { mount, unmount } from 'svelte';
import { ATTRIBUTES, hostStyles, type ElementAttributes } from './element-context';
import ElementRoot from './ElementRoot.svelte';

export const TAG = 'dateline-timeline';
const THEMES = ['light', 'dark', 'auto'];

export class DatelineTimelineElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];
  #attributes: ElementAttributes = $state(
    Object.fromEntries(ATTRIBUTES.map((name) => [name, null])) as ElementAttributes,
  );
  #app: ReturnType<typeof mount> | null = null;

  connectedCallback(): void {
    for (const name of ATTRIBUTES) this.#attributes[name] = this.getAttribute(name);
    this.#applyTheme();
    if (this.#app) return; // Moved within the page: keep what the reader was doing.
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!root.querySelector('style[data-dateline-theme]')) {
      const style = document.createElement('style');
      style.setAttribute('data-dateline-theme', '');
      style.textContent = hostStyles;
      root.prepend(style);
      // What `rem` means inside (see build.ts): the element's font size, `medium` unless the
      // page sets one on the element itself.
      style.textContent += `:host{--dl-rem:${getComputedStyle(this).fontSize}}`;
    }
    this.#app = mount(ElementRoot, {
      target: root,
      props: { host: this, attributes: this.#attributes },
    });
  }

  disconnectedCallback(): void {
    // A move is a disconnect then a connect in the same task: only a real removal unmounts.
    queueMicrotask(() => {
      if (this.isConnected || !this.#app) return;
      void unmount(this.#app);
      this.#app = null;
    });
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (!(name in this.#attributes)) return;
    this.#attributes[name as keyof ElementAttributes] = value;
    if (name === 'theme') this.#applyTheme();
  }

  /** The theme rules match `:host([data-theme=…])`; an unknown or missing theme is `auto`. */
  #applyTheme(): void {
    const theme = this.getAttribute('theme') ?? '';
    const value = THEMES.includes(theme) ? theme : 'auto';
    if (this.dataset.theme !== value) this.dataset.theme = value;
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, DatelineTimelineElement);
