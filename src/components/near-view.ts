import type { Attachment } from 'svelte/attachments';

/**
 * Calls `onnear` whenever the element comes within `margin` of being seen — in the page or in a
 * scrolling column — so a long list grows as the reader scrolls to its end. The element stays a
 * real button: keyboard and screen-reader users press it instead.
 *
 * `key` re-attaches the observer when the list has grown (pass its length): an observer only
 * reports changes, and a button still in view after growing would otherwise never report again.
 */
export function nearView(onnear: () => void, key: number, margin = '300px'): Attachment<Element> {
  void key;
  return (element) => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) onnear();
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}
