/**
 * The OpenAPI 3.1 description of the contract, generated from RESOURCES and their zod schemas, so the
 * published document cannot drift from what the client parses and the mocks serve.
 * Pure: no I/O, no clock; write.ts puts it on disk and tests/unit/openapi.test.ts checks the copy is current.
 */
import { z } from 'zod/mini';
import { RESOURCES, type ResourceName } from '../resources';
import { apiErrorBodySchema, factSchema, figureSchema, localTextSchema, projectSchema, rowRefSchema, sourceSchema, textSchema } from '../schemas';

export const OPENAPI_VERSION = '3.1.0';
export const SERVER_URL = '/api/v1';
/** The source the data describes; the contract itself is the same whatever server implements it. */
export interface SourceDocument {
  asOf: string;
  title: { zh: string; en?: string };
  issuer: { zh: string; en?: string };
}

type JsonSchema = Record<string, unknown>;
type Meta = { id: string; description?: string };

/** Schema ids: PascalCase, as OpenAPI tooling expects (they become type names in generated clients). */
const schemaId = (name: ResourceName) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Building blocks used by several resources: registered once so every use is a $ref, not a copy. */
const SHARED: [z.ZodMiniType, Meta][] = [
  [textSchema, { id: 'Text', description: 'Bilingual text: the data carries both languages so the UI never guesses a translation.' }],
  [localTextSchema, { id: 'LocalText', description: 'Text a real source may give in Chinese only (a ledger\'s names): en is optional, and the English UI then shows the Chinese.' }],
  [sourceSchema, {
    id: 'Source',
    description: 'Where a response\'s figures come from: kind document (an official document), ledger (the zone\'s own project ledger) '
      + 'or service (a live back end); its title, who issued or keeps it, its date, and a document number or file name.',
  }],
  [rowRefSchema, { id: 'RowRef', description: 'A ledger\'s sheet and 1-based row: where a documented figure of a ledger is stated.' }],
  [figureSchema, {
    id: 'Figure',
    description: 'A number with its provenance. documented figures are stated by the response\'s source: a document\'s verbatim quote, or a ledger\'s row; '
      + 'derived figures carry the formula that computes them from documented ones. Money is integer 万元 (wan-yuan); '
      + 'qualifier "over" means 超 (more than).',
  }],
  [factSchema, { id: 'Fact', description: 'A statement (not a number) from the source document, with its verbatim quote; an inferred one also says what was read.' }],
  [projectSchema, { id: 'Project', description: 'One pipeline project. In the demo every record is an illustrative placeholder; a real service or ledger sends real records with provenance documented (a ledger\'s with their row).' }],
  [apiErrorBodySchema, { id: 'ApiErrorBody', description: 'Body of every 4xx/5xx response.' }],
];

/** Every component schema, converted in one registry pass so shared pieces become $refs. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<Meta>();
  for (const [schema, meta] of SHARED) registry.add(schema, meta);
  for (const [name, resource] of Object.entries(RESOURCES)) {
    registry.add(resource.schema, { id: schemaId(name as ResourceName), description: resource.title });
  }
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
  });
  // $schema and $id are per-document keywords; inside components they only confuse OpenAPI tooling
  // (the dialect is declared once in jsonSchemaDialect).
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => {
    const copy: JsonSchema = { ...schema };
    delete copy.$schema;
    delete copy.$id;
    return [id, copy];
  }));
}

/** Query parameters from a resource's zod query schema; input io, since these are what callers send. */
function queryParameters(query: z.ZodMiniObject): JsonSchema[] {
  const json = z.toJSONSchema(query, { target: 'draft-2020-12', io: 'input' }) as JsonSchema;
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema,
  }));
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('ApiErrorBody') } },
});

function operation(name: ResourceName): JsonSchema {
  const resource = RESOURCES[name];
  const hasQuery = 'query' in resource;
  return {
    operationId: `get${schemaId(name)}`,
    summary: resource.title,
    tags: ['dashboard'],
    ...(hasQuery
      ? { parameters: queryParameters(resource.query) }
      : { description: 'Takes no query parameters; any parameter is answered with 400 unknown_parameter.' }),
    responses: {
      200: {
        description: `${resource.title}, as of the date in its asOf field.`,
        content: { 'application/json': { schema: ref(schemaId(name)) } },
      },
      400: errorResponse(hasQuery
        ? 'A query parameter is unknown or has an invalid value; error.field names it.'
        : 'An unexpected query parameter was sent; error.field names it.'),
      429: {
        ...errorResponse('Too many requests. The client waits as long as Retry-After asks (at most 10 s), then retries.'),
        headers: {
          'Retry-After': {
            description: 'Seconds to wait, or an HTTP-date read against the Date header. Cross-origin, list it and Date '
              + 'in Access-Control-Expose-Headers, or the browser hides both from the client.',
            schema: { type: 'string' },
          },
        },
      },
      500: errorResponse('Server error. Safe to retry.'),
    },
  };
}

/** The whole document. Key order is fixed so the serialised file is byte-stable. */
export function buildOpenApiDocument(source: SourceDocument) {
  const { asOf: AS_OF, title, issuer } = source;
  // Bump the major with the /api/vN prefix; the build metadata names the letter the data describes.
  const version = `1.0.0+letter.${AS_OF}`;
  const names = Object.keys(RESOURCES) as ResourceName[];
  return {
    openapi: OPENAPI_VERSION,
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: `${issuer.zh} · 豫东南高新区建设进展 API (source: letter of ${AS_OF})`,
      version,
      description: [
        `Read-only data for the 豫东南高新区 (Yudongnan High-tech Zone) progress dashboard, drawn from ${title.en ?? title.zh} `
          + `(${title.zh}), dated ${AS_OF}.`,
        'Every figure carries its provenance: "documented" values are the letter\'s own words and carry the verbatim quote; '
          + '"derived" values are computed from documented ones alone and carry their formula; '
          + '"inferred" values are our reading of the letter, also quoted; "illustrative" values are generated to match the '
          + 'letter\'s totals and are not official numbers. No illustrative value is ever attached to a name the letter gives.',
        'Money is integer 万元 (wan-yuan, CNY 10,000). Every resource states the as-of date its data describes.',
      ].join('\n\n'),
    },
    servers: [{ url: SERVER_URL, description: 'Same origin (dev: MSW; static demo: in-process)' }],
    tags: [{ name: 'dashboard', description: 'One resource per dashboard section' }],
    paths: Object.fromEntries(names.map((name) => [RESOURCES[name].path, { get: operation(name) }])),
    components: { schemas: componentSchemas() },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
