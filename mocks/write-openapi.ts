/**
 * `npm run openapi`: writes public/openapi.json from the zod contract. The file is committed so it is
 * served beside the app; tests/unit/openapi.test.ts fails when it is stale, which is why this CLI exists.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../src/contract/openapi/build';
import { AS_OF, SOURCE } from '../seeds/documented';

// Resolved from a path string, not `new URL(rel, import.meta.url)`: under vitest's jsdom environment the
// global URL resolves that to an http: URL and fileURLToPath throws, so importing this file would fail.
export const OPENAPI_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../public/openapi.json');

/** Pretty-printed with a trailing newline, so diffs are readable and editors don't add one. */
export const serializeOpenApi = () =>
  `${JSON.stringify(buildOpenApiDocument({ asOf: AS_OF, title: SOURCE.title, issuer: SOURCE.by }), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OPENAPI_PATH, serializeOpenApi());
  console.log(`wrote ${OPENAPI_PATH}`);
}
