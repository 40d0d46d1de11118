// The public chain of Concord as pure functions, imported as `#chain`: canonical bytes and hashes,
// a streaming chain verifier, signed checkpoints and the check that a chain extends a saved one.
// Used by the server when it publishes and by `npm run verify`, so both compute the same bytes.

export * from './types.js';
export * from './canonical.js';
export * from './signing.js';
export * from './checkpoint.js';
export * from './chain-verifier.js';
export * from './extension.js';
export * from './publication.js';
