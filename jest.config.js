/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'classic' } } } }]
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|date-fns|@date-fns)/)'],
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)', '<rootDir>/dev/**/*.test.ts', '<rootDir>/tests/**/*.test.ts?(x)'],
  moduleNameMapper: { '\\.(css|scss)$': '<rootDir>/tests/helpers/styleStub.js' }
};
