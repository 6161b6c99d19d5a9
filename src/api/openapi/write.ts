/**
 * `npm run openapi`: writes public/openapi.json from the zod contract. The file is committed so it is
 * served beside the app; tests/unit/openapi.test.ts fails when it is stale, which is why this CLI exists.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from './build';

export const OPENAPI_PATH = fileURLToPath(new URL('../../../public/openapi.json', import.meta.url));

/** Pretty-printed with a trailing newline, so diffs are readable and editors don't add one. */
export const serializeOpenApi = () => `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OPENAPI_PATH, serializeOpenApi());
  console.log(`wrote ${OPENAPI_PATH}`);
}
