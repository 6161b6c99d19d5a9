// Names every journey that needed its one retry (CI only retries once), so a flaky journey is seen and fixed
// rather than hidden by a green run. Added to the reporters in tests/e2e/vitest.config.ts and by .ci/run.
import type { Reporter, TestModule } from 'vitest/node';

// eslint-disable-next-line no-restricted-syntax -- vitest loads a reporter given by path from its default export
export default class RetryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const retried: string[] = [];
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const retries = test.diagnostic()?.retryCount ?? 0;
        if (retries > 0) retried.push(`${module.moduleId.replace(/^.*\/tests\//, 'tests/')} › ${test.fullName} (${test.result().state} after ${retries} retr${retries === 1 ? 'y' : 'ies'})`);
      }
    }
    console.log(retried.length ? `retried journeys (${retried.length}):\n  ${retried.join('\n  ')}` : 'retried journeys: none');
  }
}
