export interface DevServer { url: string; stop(): Promise<void>; log(): string }
export function freePort(): Promise<number>;
export function startDevServer(timeoutMs?: number): Promise<DevServer>;
