export const ROOT: string;
export const TMP: string;
/** Fixed port of the fault server the live build talks to (baked into that build). */
export const LIVE_API_PORT: number;
/** VITE_API_BASE_URL of the live build, e.g. http://127.0.0.1:47817/api/v1 */
export const LIVE_API_BASE: string;
export function ensureBuild(flavour: 'demo' | 'scenarios' | 'live'): Promise<string>;
export function cleanEnv(): NodeJS.ProcessEnv;
