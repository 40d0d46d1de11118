// The pure consensus rules of Concord, imported by the app as `#consensus`: no Nest, no TypeORM,
// no I/O, so every rule can be tested alone, with examples and fast-check properties.

export * from './types.js';
export * from './dates.js';
export * from './chair-powers.js';
export * from './lifecycle.js';
export * from './boycott-scope.js';
export * from './attendance.js';
export * from './meeting-attendance.js';
export * from './entitlement.js';
export * from './consensus.js';
export * from './numbering.js';
export * from './validation.js';
export * from './reservation.js';
export * from './floor.js';
export * from './presiding.js';
export * from './agenda.js';
export * from './roll-call.js';
export * from './lookup.js';
export * from './markdown.js';
export * from './minutes.js';
export * from './minutes-input.js';
export * from './minutes-draft.js';
