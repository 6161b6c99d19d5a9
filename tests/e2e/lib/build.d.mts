export const ROOT: string;
export const TMP: string;
export function ensureBuild(flavour: 'demo' | 'scenarios'): Promise<string>;
export function cleanEnv(): NodeJS.ProcessEnv;
