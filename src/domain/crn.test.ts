import { formatCrn, isValidCrn, normaliseCrn } from './crn';

describe('CRN field helpers', () => {
  it.each([
    ['123 456 789A', '123456789A', true],
    ['123-456-789a', '123456789A', true],
    [' 123456789k ', '123456789K', true],
    ['123456789', '123456789', false],
    ['12345678A', '12345678A', false],
    ['123456789AB', '123456789AB', false],
    ['', '', false]
  ])('%p normalises to %p (valid: %p)', (input, normalised, valid) => {
    expect(normaliseCrn(input)).toBe(normalised);
    expect(isValidCrn(input)).toBe(valid);
  });

  it('formats for display', () => {
    expect(formatCrn('123456789a')).toBe('123 456 789A');
    expect(formatCrn('abc')).toBe('ABC');
  });
});
