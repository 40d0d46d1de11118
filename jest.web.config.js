// `npm run test:web`: the browser tests (test/web/*.web-spec.ts), one file after another against one
// built server started by the global setup. npm test does not run them (they need Chromium).
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/web/**/*.web-spec.ts'],
  globalSetup: '<rootDir>/test/web/support/web-global-setup.mjs',
  globalTeardown: '<rootDir>/test/web/support/web-global-teardown.mjs',
  testTimeout: 90000,
  maxWorkers: 1,
};
