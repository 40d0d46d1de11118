// Every migration, in order. Listed explicitly (not globbed) so that the compiled app, the tests
// under ts-jest and the scripts all load the same set without file-system tricks in ESM.
import { InitialSchema1764100000000 } from './1764100000000-initial-schema.js';

export const MIGRATIONS = [InitialSchema1764100000000];
