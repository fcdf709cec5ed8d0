/** One test run: unit specs beside the code, integration and browser tests under test/. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/**
 * ESM-only packages the server loads through require(); Jest on Node 20 needs them as CommonJS.
 * (@tus/server 2.x and its srvx, whose files end in .mjs, hence `m?js` below.)
 */
const esmOnly = ['content-disposition', '@tus/server', '@tus/file-store', '@tus/utils', 'srvx'];
const swcJs = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc, [`/node_modules/(${esmOnly.join('|')})/.+\\.m?js$`]: swcJs },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper: {
    '^@clipstream/(core|media)$': '<rootDir>/libs/$1/src',
    '^@clipstream/(core|media)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
};

module.exports = {
  // projects cannot set it themselves (jest 30 reads testTimeout only here); unit specs are fast anyway
  testTimeout: 180_000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/*/src/**/*.spec.ts', '<rootDir>/apps/{server,worker}/src/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
    },
  ],
};
