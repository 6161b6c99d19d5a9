/**
 * zod compiles a fast object parser with `new Function`, and probes for it by trying one. The page's CSP has no
 * 'unsafe-eval', so even the caught probe is reported as a violation: zod runs interpreted instead. A schema reads
 * the flag when it is built, so src/main.tsx imports this before any module that defines one.
 */
import { z } from 'zod/mini';

export function configureZodWithoutEval(): void {
  z.config({ jitless: true });
}

configureZodWithoutEval();
