/**
 * A value as the text of `<script type="application/json">`: JSON whose `<` (and the two line
 * separators JavaScript once refused in strings) are written as escapes, so no title, quote or
 * note can close the element (`</script>`) or open a comment (`<!--`) in it. `JSON.parse` of
 * the element's text gives the value back unchanged.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
