export * from './common';
export * from './zone';
export * from './work';
export * from './months';
