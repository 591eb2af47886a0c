/**
 * Writes `data/timeline.schema.json`, the JSON Schema of the timeline format, from the valibot
 * schema in `src/format/schema.ts`, so the two cannot disagree (`schema-json.test.ts` fails if
 * the committed file is stale).
 *
 *   npm run schema            # writes data/timeline.schema.json
 *   npx tsx src/cli/schema.ts out.json
 *
 * Draft-07, the draft editors support best. A timeline file opts in with
 * `"$schema": "./timeline.schema.json"` (a path relative to the file) and gets completion,
 * descriptions and checking of shapes; dates, references and links are checked by
 * `npm run validate`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  EventSchema,
  GroupSchema,
  MediaSchema,
  PersonSchema,
  QuoteSchema,
  SourceSchema,
  TimelineSchema,
} from '../format/schema';

export const SCHEMA_PATH = 'data/timeline.schema.json';

/** Stable identifier of format v1; not a download address. */
export const SCHEMA_ID = 'urn:dateline:timeline:v1';

/** The JSON Schema as the text of the file, ending in a newline. */
export function buildJsonSchema(): string {
  const schema = toJsonSchema(TimelineSchema, {
    target: 'draft-07',
    // Named definitions: editors show their titles, and the file reads like the format.
    definitions: {
      Event: EventSchema,
      Quote: QuoteSchema,
      Person: PersonSchema,
      Group: GroupSchema,
      Source: SourceSchema,
      Media: MediaSchema,
    },
  });
  addEditorExamples(schema as JsonNode);
  const { $schema, title, description, ...rest } = schema;
  const ordered = { $schema, $id: SCHEMA_ID, title, description, ...rest };
  // `"required": []` (an object with no required key) says nothing; leave it out.
  const text = JSON.stringify(
    ordered,
    (_key, value: unknown) =>
      value !== null &&
      typeof value === 'object' &&
      'required' in value &&
      Array.isArray(value.required) &&
      value.required.length === 0
        ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'required'))
        : value,
    2,
  );
  return `${text}\n`;
}

interface JsonNode {
  examples?: unknown[];
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  $defs?: Record<string, JsonNode>;
}

/**
 * Values editors offer as completions where the valibot schema checks a pattern (the studio's
 * JSON view reads them as a list when `"type": "` is typed). Added here rather than with
 * `v.examples` in `format/media-schema.ts`: that schema is part of the reader's first download,
 * which has no use for them.
 */
const EDITOR_EXAMPLES: [path: string[], examples: string[]][] = [
  [
    ['$defs', 'Media', 'properties', 'type'],
    ['image', 'video', 'audio', 'video/mp4', 'audio/mpeg'],
  ],
  [
    ['$defs', 'Media', 'properties', 'tracks', 'items', 'properties', 'kind'],
    ['subtitles', 'captions', 'descriptions', 'chapters'],
  ],
];

function addEditorExamples(schema: JsonNode): void {
  for (const [path, examples] of EDITOR_EXAMPLES) {
    let node: unknown = schema;
    for (const key of path) {
      node =
        node && typeof node === 'object' && Object.hasOwn(node, key)
          ? (node as Record<string, unknown>)[key]
          : undefined;
    }
    if (!node || typeof node !== 'object') throw new Error(`the schema has no ${path.join('.')}`);
    (node as JsonNode).examples = examples;
  }
}

export function main(args: string[]): number {
  const out = resolve(args[0] ?? SCHEMA_PATH);
  writeFileSync(out, buildJsonSchema());
  console.log(`wrote ${out}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
