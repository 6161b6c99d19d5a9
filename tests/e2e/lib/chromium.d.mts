import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH: string;
export const CHROMIUM_FLAGS: string[];
export const MISSING_MESSAGE: string;
export function requireChromium(): void;
export function launchBrowser(): Promise<Browser>;
