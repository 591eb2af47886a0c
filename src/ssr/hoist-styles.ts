/**
 * Under `Content-Security-Policy: default-src 'self'` a `style="…"` attribute in the markup is
 * refused, and Svelte's server renderer writes one for every `style:` directive (a mark's place,
 * a lane's colour). This moves each into a rule of a stylesheet the page links: the element gets
 * `data-s="<n>"` and the sheet `[data-s="<n>"]{…}` (equal styles share a number). In the
 * browser, hydration finds no `style` attribute and sets the same declarations through the
 * CSSOM (`element.style.cssText`), which the policy allows.
 */
/** A start tag as Svelte writes one: every attribute value in double quotes (which may hold `>`). */
const START_TAG = /<[a-zA-Z][\w:-]*(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/g;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" };
const decode = (value: string) =>
  value.replace(/&(amp|quot|lt|gt|#39);/g, (_, name: string) => ENTITIES[name]!);

export interface HoistedStyles {
  /** Each part given, its style attributes replaced. */
  html: string[];
  /** The rules for all of them. */
  css: string;
}

export function hoistStyles(parts: readonly string[]): HoistedStyles {
  const numbers = new Map<string, number>();
  // Only inside start tags: a quote's text may well say style="…".
  const hoist = (html: string) =>
    html.replace(START_TAG, (tag) =>
      tag.replace(STYLE_ATTRIBUTE, (_, raw: string) => {
        const declarations = decode(raw).trim();
        // Values come from the reader's own components: numbers, and colours checked as #rrggbb.
        // Anything that could end the rule or start another is a bug, not something to write.
        if (/[{}<\\]|\/\*/.test(declarations))
          throw new Error(`unsafe inline style: ${declarations}`);
        let n = numbers.get(declarations);
        if (n === undefined) numbers.set(declarations, (n = numbers.size));
        return ` data-s="${n}"`;
      }),
    );
  const out = parts.map(hoist);
  const css = [...numbers].map(([decl, n]) => `[data-s="${n}"]{${decl}}`).join('\n');
  return { html: out, css: css && `${css}\n` };
}
