// @vitest-environment node
/**
 * The three layers are enforced by ESLint, not by convention: this runs the project's own config on a fixture
 * that breaks the rule, at the paths where it must be caught, and on the one place it is allowed.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = readFileSync(resolve(ROOT, 'tests/unit/fixtures/wrong-imports.ts.txt'), 'utf8');
const eslint = new ESLint({ cwd: ROOT });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules in eslint.config.js', () => {
  it.each(['src/features/funds/wrong.ts', 'src/api/wrong.ts', 'src/components/wrong.tsx', 'src/app/wrong.tsx', 'src/contract/wrong.ts'])(
    'rejects seeds/ and mocks/ imports in %s',
    async (path) => {
      const messages = await restrictedImports(fixture.replaceAll('../../../', path.split('/').slice(1, -1).map(() => '../').join('')), path);
      // Both imports are caught by the layer rule (a feature's own rules may add more messages).
      expect(messages.filter((m) => m.includes('Only src/main.tsx may import seeds/ or mocks/.'))).toHaveLength(2);
    },
    30_000,
  );

  it('allows them in the composition root', async () => {
    expect(await restrictedImports(fixture.replaceAll('../../../', '../'), 'src/main.tsx')).toEqual([]);
  }, 30_000);

  it('keeps the reference server off the client', async () => {
    const code = "import { getResource } from '../src/api/client';\nimport { RESOURCES } from '../src/contract/resources';\nexport const x = [getResource, RESOURCES];\n";
    const messages = await restrictedImports(code, 'mocks/wrong.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("'../src/api/client'");
    expect(messages[0]).toContain('The server side imports only src/contract/ from src/.');
  }, 30_000);

  it('lets the seed count days with the contract\'s iso-date, and nothing from src/lib', async () => {
    const code = "import { elapsedShare } from '../src/contract/iso-date';\nimport { formatNumber } from '../src/lib/format';\nexport const x = [elapsedShare, formatNumber];\n";
    const messages = await restrictedImports(code, 'seeds/wrong.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("'../src/lib/format'");
  }, 30_000);

  describe('the projects domain sits between the shared layers and the features', () => {
    const domainImport = "import { selectProjects } from '@/projects/selection/select';\nexport const x = selectProjects;\n";
    it.each(['src/components/wrong.tsx', 'src/lib/wrong.ts', 'src/stores/wrong.ts', 'src/api/wrong.ts'])('keeps it out of shared code: %s', async (path) => {
      const messages = await restrictedImports(domainImport, path);
      expect(messages.some((m) => m.includes('Shared code must not import the projects domain'))).toBe(true);
    }, 30_000);

    it('lets a feature and the app import it', async () => {
      expect(await restrictedImports(domainImport, 'src/features/pipeline/wrong.ts')).toEqual([]);
      expect(await restrictedImports(domainImport, 'src/app/wrong.tsx')).toEqual([]);
    }, 30_000);

    it('keeps features and the app out of it', async () => {
      const code = "import { PipelineKpi } from '@/features/pipeline/pipeline-kpi';\nimport { App } from '@/app/app';\nexport const x = [PipelineKpi, App];\n";
      const messages = await restrictedImports(code, 'src/projects/state/wrong.ts');
      expect(messages.filter((m) => m.includes('The projects domain imports no feature.'))).toHaveLength(1);
      expect(messages.filter((m) => m.includes('The projects domain must not import the app layer.'))).toHaveLength(1);
    }, 30_000);
  });
});
