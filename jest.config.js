/** @type {import('jest').Config} */
module.exports = {
  // The hoisted jest-environment-node is v25 (from SPFx tooling) and has no global fetch: use jest 29's own.
  testEnvironment: require('path').join(
    require('path').dirname(require.resolve('jest/package.json')),
    'node_modules',
    'jest-environment-node'
  ),
  transform: {
    // SPFx loc files are AMD modules; map them to CommonJS for tests.
    '/loc/[\\w-]+\\.js$': '<rootDir>/tests/helpers/amdLocTransform.js',
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'classic' } } } }
    ]
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|date-fns|@date-fns)/)'],
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)', '<rootDir>/dev/**/*.test.ts', '<rootDir>/tests/**/*.test.ts?(x)'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/tests/browser/',
    '<rootDir>/tests/package/',
    '<rootDir>/lib/',
    '<rootDir>/temp/'
  ],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/tests/helpers/styleStub.js',
    '^BoutiqueSharedStrings$': '<rootDir>/src/shared/loc/en-us.js',
    '^AskTpsWebPartStrings$': '<rootDir>/src/webparts/askTps/loc/en-us.js',
    '^TpsQueueWebPartStrings$': '<rootDir>/src/webparts/tpsQueue/loc/en-us.js',
    '^EscalationsWebPartStrings$': '<rootDir>/src/webparts/escalations/loc/en-us.js',
    '^QolChecksWebPartStrings$': '<rootDir>/src/webparts/qolChecks/loc/en-us.js'
  },
  testTimeout: 60000
};
