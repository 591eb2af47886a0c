/**
 * Where the element's lazy modules are: `lazy/` beside its script. A classic script served from
 * another origin resolves `import('./x.js')` against about:blank, so the embed build rewrites
 * each lazy `import('…')` to `import(lazyUrl(name))`, an absolute address.
 */
import { scriptUrl } from './element-context';

export function lazyUrl(name: string): string {
  return new URL(`lazy/${name}.js`, scriptUrl ?? document.baseURI).href;
}
