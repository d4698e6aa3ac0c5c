import { isAcceptablePassword } from './password-policy.js';

describe('isAcceptablePassword', () => {
  it.each([
    ['twelve characters with letters and digits', 'abcdefghij12', true],
    ['letters from another script with digits', 'ĳsbeërenwerk1', true],
    ['the demo password', 'Werkbrug-demo-2026!', true],
    ['200 characters', `${'a'.repeat(199)}1`, true],
    ['11 characters', 'abcdefghi12', false],
    ['letters only', 'abcdefghijklmnop', false],
    ['digits only', '123456789012345', false],
    ['201 characters', `${'a'.repeat(200)}1`, false],
    ['a number instead of a string', 123456789012, false],
  ])('%s → %s', (_case, value, expected) => {
    expect(isAcceptablePassword(value)).toBe(expected);
  });
});
