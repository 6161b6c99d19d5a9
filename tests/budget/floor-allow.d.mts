import type { FloorAllow } from './floor-check.d.mts';

export const FLOOR_ALLOW: FloorAllow[];
