// The pure consensus rules of Concord, imported by the app as `#consensus`: no Nest, no TypeORM,
// no I/O, so every rule can be tested alone, with examples and fast-check properties.

export * from './types.js';
export * from './dates.js';
export * from './chair-powers.js';
export * from './lifecycle.js';
export * from './boycott-scope.js';
export * from './attendance.js';
export * from './entitlement.js';
export * from './consensus.js';
export * from './numbering.js';
export * from './validation.js';
