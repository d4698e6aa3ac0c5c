import { DUMMY_HASH, hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('hashes with argon2id and verifies the right password only', async () => {
    const hash = await hashPassword('Een-lang-wachtwoord-1');
    expect(hash).toMatch(/^\$argon2id\$/);
    await expect(verifyPassword(hash, 'Een-lang-wachtwoord-1')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'een-lang-wachtwoord-1')).resolves.toBe(false);
  });

  it('treats a malformed stored hash as a failed login, not an error', async () => {
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
    await expect(verifyPassword(DUMMY_HASH, 'x')).resolves.toBe(false);
  });
});
