/** Writes seeds/dataset.json. Deterministic: the same code always writes the same bytes (a test checks). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDataset } from './build-dataset';

export const DATASET_PATH = fileURLToPath(new URL('./dataset.json', import.meta.url));
export const serializeDataset = () => `${JSON.stringify(buildDataset(), null, 1)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(DATASET_PATH, serializeDataset());
  console.log(`wrote ${DATASET_PATH}`);
}
