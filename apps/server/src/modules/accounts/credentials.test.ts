import { describe, expect, it } from 'vitest';
import { validatePassword } from '@policyhub/domain';
import { generateInitialPassword, INITIAL_PASSWORD_ALPHABET } from './credentials.js';

describe('initial passwords (sent by SMS, typed on a phone)', () => {
  const alphabet = Object.values(INITIAL_PASSWORD_ALPHABET).join('');

  it('are 12 letters and digits without look-alikes, meeting the PL-1 rules', () => {
    for (let i = 0; i < 2000; i++) {
      const password = generateInitialPassword('zhangsan');
      expect(password).toHaveLength(12);
      expect([...password].every((c) => alphabet.includes(c))).toBe(true);
      expect(password).not.toMatch(/[^A-Za-z0-9]|[0O1lIo]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[2-9]/);
      expect(validatePassword(password, { username: 'zhangsan' }).ok).toBe(true);
    }
  });

  it('never contain the username', () => {
    // A 3-letter username from the alphabet would turn up by chance about once in 15,000 draws.
    for (let i = 0; i < 20000; i++) expect(generateInitialPassword('abc').toLowerCase()).not.toContain('abc');
  });

  it('are not repeated', () => {
    const seen = new Set(Array.from({ length: 5000 }, () => generateInitialPassword()));
    expect(seen.size).toBe(5000);
  });
});
