// @vitest-environment node
/**
 * public/openapi.json is generated from the zod contract and committed. This fails when it is stale:
 * run `npm run openapi` and commit the result.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/contract/openapi/build';
import { OPENAPI_PATH, serializeOpenApi } from '../../mocks/write-openapi';
import { AS_OF, SOURCE as LETTER } from '../../seeds/documented';
import { RESOURCES } from '../../src/contract/resources';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = { asOf: AS_OF, title: LETTER.title, issuer: LETTER.by };
const doc = buildOpenApiDocument(SOURCE);
type Operation = {
  operationId: string;
  parameters?: { name: string; in: string; required: boolean; schema: { enum?: string[] } }[];
  responses: Record<string, { content: { 'application/json': { schema: { $ref: string } } } }>;
};
const op = (path: string) => (doc.paths as Record<string, { get: Operation }>)[path]?.get;

describe('buildOpenApiDocument', () => {
  it('is OpenAPI 3.1 with a server under /api/v1', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.servers.map((s) => s.url)).toEqual(['/api/v1']);
  });

  it('names the source letter and provenance in info', () => {
    expect(doc.info.title).toContain('2024-05-30');
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(doc.info.description).toContain('1320177');
    expect(doc.info.description).toMatch(/provenance/i);
  });

  it('has one GET path per resource and nothing else', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(Object.values(RESOURCES).map((r) => r.path).sort());
    for (const r of Object.values(RESOURCES)) expect(Object.keys((doc.paths as Record<string, object>)[r.path] ?? {})).toEqual(['get']);
  });

  it('answers 200 with the resource schema and 400/429/500 with the error body', () => {
    const schemas = doc.components.schemas as Record<string, unknown>;
    const ids = new Set<string>();
    for (const r of Object.values(RESOURCES)) {
      const get = op(r.path) as Operation;
      ids.add(get.operationId);
      expect(Object.keys(get.responses).sort()).toEqual(['200', '400', '429', '500']);
      const ok = get.responses['200']?.content['application/json'].schema.$ref ?? '';
      expect(schemas[ok.replace('#/components/schemas/', '')], r.path).toBeDefined();
      for (const code of ['400', '429', '500']) {
        expect(get.responses[code]?.content['application/json'].schema.$ref).toBe('#/components/schemas/ApiErrorBody');
      }
    }
    expect(ids.size).toBe(Object.keys(RESOURCES).length);
  });

  it('documents the Retry-After header of a 429', () => {
    const throttled = (op('/funds')?.responses['429'] ?? {}) as { headers?: Record<string, { schema: { type: string } }> };
    expect(throttled.headers?.['Retry-After']?.schema.type).toBe('string');
  });

  it('documents the projects filters as optional query parameters', () => {
    const params = op('/projects')?.parameters ?? [];
    expect(params.map((p) => p.name).sort()).toEqual(['category', 'month', 'park', 'q', 'stage']);
    expect(params.every((p) => p.in === 'query' && !p.required)).toBe(true);
    // Categories come from the data, not from a list in the contract: any id of the data's form.
    expect(params.find((p) => p.name === 'category')?.schema.enum).toBeUndefined();
    expect(params.find((p) => p.name === 'category')?.schema).toHaveProperty('pattern');
    expect(op('/funds')?.parameters).toBeUndefined();
  });

  it('resolves every $ref', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const id = ref.replace(/^"\$ref":"#\/components\/schemas\//, '').replace(/"$/, '');
      expect(doc.components.schemas, ref).toHaveProperty(id);
    }
  });

  it('is pure: two builds are identical', () => {
    expect(buildOpenApiDocument(SOURCE)).toEqual(doc);
  });
});

describe('public/openapi.json', () => {
  it('is written where the static host serves it', () => {
    expect(OPENAPI_PATH).toBe(resolve(ROOT, 'public/openapi.json'));
  });

  it('is current: byte-identical to a fresh build (run `npm run openapi` if this fails)', () => {
    const committed = readFileSync(OPENAPI_PATH, 'utf8');
    expect(committed.endsWith('}\n')).toBe(true);
    expect(JSON.parse(committed)).toEqual(doc);
    expect(committed === serializeOpenApi()).toBe(true);
  });
});
