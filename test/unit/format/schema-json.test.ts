/**
 * data/timeline.schema.json is generated from the valibot schema (`npm run schema`); this keeps
 * the committed file from drifting, and checks that what editors see is worth seeing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema, SCHEMA_PATH } from '../../../src/cli/schema';
import { parseTimelineText } from '../../../src/validate/validate';

type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  $defs?: Record<string, Schema>;
};

describe('data/timeline.schema.json', () => {
  it('is exactly what the valibot schema generates (run `npm run schema` if not)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(buildJsonSchema());
  });

  const schema = JSON.parse(buildJsonSchema()) as Schema;

  it('identifies itself and its draft', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toMatch(/^urn:dateline:timeline:v1$/);
    expect(schema.title).toBe('Dateline timeline');
    expect(schema.required).toEqual(['version', 'title', 'events']);
  });

  it('closes every object, so editors flag typos such as "titel"', () => {
    expect(schema.additionalProperties).toBe(false);
    for (const [name, def] of Object.entries(schema.$defs!)) {
      expect(def.additionalProperties, name).toBe(false);
      expect(def.title, name).toBe(name);
    }
  });

  it('describes every property', () => {
    const objects = [schema, ...Object.values(schema.$defs!)];
    for (const object of objects) {
      for (const [key, property] of Object.entries(object.properties!)) {
        if ('$ref' in property) continue;
        expect(property.description, `${String(object.title)}.${key}`).toBeTruthy();
      }
    }
  });

  it('carries the hints valibot does not check: date pattern, http(s) links', () => {
    const event = schema.$defs!.Event!.properties!;
    const pattern = new RegExp(event.date!.pattern as string);
    for (const ok of [
      '2023',
      '2023-01',
      '2023-02-21',
      '2023-02-21T14:30+01:00',
      '2023-02-21T14:30Z',
    ]) {
      expect(pattern.test(ok), ok).toBe(true);
    }
    for (const bad of ['Feb 21', '2023-2-1', '2023-02-21T14:30', '21/02/2023']) {
      expect(pattern.test(bad), bad).toBe(false);
    }
    expect(schema.$defs!.Source!.properties!.url!.pattern).toBe('^https?://');
    expect(schema.properties!.version).toMatchObject({ const: 1 });
  });

  it('offers media types and track kinds as examples, each of which its pattern accepts', () => {
    const media = schema.$defs!.Media!.properties!;
    const kind = (media.tracks!.items as Schema).properties!.kind!;
    expect(media.type!.examples).toEqual(['image', 'video', 'audio', 'video/mp4', 'audio/mpeg']);
    expect(kind.examples).toEqual(['subtitles', 'captions', 'descriptions', 'chapters']);
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const { examples, pattern } = node as { examples?: unknown[]; pattern?: string };
      if (Array.isArray(examples) && typeof pattern === 'string') {
        for (const example of examples) expect(String(example)).toMatch(new RegExp(pattern, 'u'));
      }
      Object.values(node).forEach(walk);
    };
    walk(schema);
  });

  it('is the schema the seed timeline points at, and the seed validates', () => {
    const text = readFileSync('data/nato-china-2023.json', 'utf8');
    expect(JSON.parse(text).$schema).toBe('./timeline.schema.json');
    expect(parseTimelineText(text).ok).toBe(true);
  });

  it('validates a minimal sample', () => {
    const sample = {
      $schema: './timeline.schema.json',
      version: 1,
      title: 'Minimal',
      events: [{ id: 'one', date: '2023', title: 'Something happened' }],
    };
    expect(parseTimelineText(JSON.stringify(sample)).ok).toBe(true);
  });
});
