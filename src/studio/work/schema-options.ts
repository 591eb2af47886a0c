/**
 * What the timeline's JSON Schema allows at a place in the document, for the JSON view's
 * completion: the properties an object may have (with their descriptions), and the values a
 * property may take (a constant, true/false, the listed examples). Pure: the editor finds the
 * place (`path`, from the syntax tree) and the keys already written; this reads the schema.
 *
 * A path is property names and `*` for an array's item: `["events", "*", "quotes", "*", "by"]`.
 */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  examples?: unknown[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  required?: string[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
}

export interface KeyOption {
  name: string;
  description: string;
  required: boolean;
}

/** Follows `#/$defs/Name` references. */
function resolve(node: SchemaNode | undefined, root: SchemaNode): SchemaNode | undefined {
  let out = node;
  for (let hops = 0; out?.$ref && hops < 10; hops++) {
    const name = /^#\/\$defs\/(.+)$/.exec(out.$ref)?.[1];
    out = name && root.$defs && Object.hasOwn(root.$defs, name) ? root.$defs[name] : undefined;
  }
  return out;
}

/** The schema of what sits at `path`, or undefined where the schema says nothing. */
export function schemaAt(root: SchemaNode, path: readonly string[]): SchemaNode | undefined {
  let node = resolve(root, root);
  for (const segment of path) {
    if (!node) return undefined;
    if (segment === '*') node = resolve(node.items, root);
    else if (node.properties && Object.hasOwn(node.properties, segment))
      node = resolve(node.properties[segment], root);
    else if (typeof node.additionalProperties === 'object')
      node = resolve(node.additionalProperties, root);
    else return undefined;
  }
  return node;
}

/** The properties the object at `path` may have, minus those it has; required ones first. */
export function keyOptions(
  root: SchemaNode,
  path: readonly string[],
  present: ReadonlySet<string> = new Set(),
): KeyOption[] {
  const node = schemaAt(root, path);
  if (!node?.properties) return [];
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties)
    .filter(([name]) => !present.has(name) && name !== '$schema')
    .map(([name, child]) => ({
      name,
      description: resolve(child, root)?.description ?? child.description ?? '',
      required: required.has(name),
    }))
    .sort((a, b) => Number(b.required) - Number(a.required));
}

/** The values the schema names for `path`, as JSON text: a constant, an enum, true/false, examples. */
export function valueOptions(root: SchemaNode, path: readonly string[]): string[] {
  const node = schemaAt(root, path);
  if (!node) return [];
  if (node.const !== undefined) return [JSON.stringify(node.const)];
  if (node.enum) return node.enum.map((v) => JSON.stringify(v));
  const types = Array.isArray(node.type) ? node.type : [node.type];
  if (types.includes('boolean')) return ['true', 'false'];
  return (node.examples ?? []).map((v) => JSON.stringify(v));
}

/** Which of the document's keys a property names: people for `by` and an event's `people`. */
export function referenceKind(path: readonly string[]): 'people' | 'groups' | null {
  const last = path.at(-1) === '*' ? path.at(-2) : path.at(-1);
  if (last === 'by' || (last === 'people' && path.at(-1) === '*')) return 'people';
  if (last === 'group' || (last === 'groups' && path.at(-1) === '*')) return 'groups';
  return null;
}
