import type { Attachment } from 'svelte/attachments';

/**
 * Reports the element's content width, in whole pixels, now and after every layout that changes
 * it. A ResizeObserver reports after layout, so it never forces one — as reading `clientWidth`
 * on mount does (Svelte's `bind:clientWidth`), before the first paint.
 */
export function observeWidth(onwidth: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    const observer = new ResizeObserver(([entry]) => {
      if (entry) onwidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
