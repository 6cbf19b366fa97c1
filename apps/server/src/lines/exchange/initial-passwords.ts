import { hash } from '@node-rs/argon2';

/**
 * argon2id parameters for SYSTEM-GENERATED initial passwords only (m = 1 MiB, t = 1): about
 * 0.2 ms per hash instead of ≈ 11 ms with the interactive parameters (m = 19 MiB, t = 2), so
 * 20,000 employee accounts hash in ≈ 5 s instead of ≈ 4 minutes on two cores.
 *
 * Why this is still safe: argon2's memory/time cost exists to slow guessing of LOW-entropy,
 * human-chosen passwords. These are 12 random characters from 56 symbols (≈ 70 bits, from
 * accounts' generateInitialPassword); even at
 * 10^9 guesses per second an offline attacker needs ~10^5 years on average. They are also
 * single-use: the account must change the password at the first login (must_change_password),
 * and the new password is hashed with the full parameters by the accounts module. verify()
 * reads the parameters from the hash string, so login needs no change.
 */
const INITIAL_PARAMS = { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

/**
 * Hashes many initial passwords concurrently: @node-rs/argon2 hashes on libuv's thread pool, so
 * the main thread stays free and both cores work.
 */
export function hashInitialPasswords(passwords: readonly string[]): Promise<string[]> {
  return Promise.all(passwords.map((p) => hash(p, INITIAL_PARAMS)));
}
