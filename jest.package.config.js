/** Runs only the .sppkg test, after `npm run ship` has packaged the solution. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' } } }] },
  testMatch: ['<rootDir>/tests/package/**/*.test.ts'],
  testTimeout: 60000
};
