import crypto from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { users } from '../../../platform/identity/tables.js';

/** An individual's account opened in bulk (e.g. the employees of a passed exchange order). */
export type NewIndividual = {
  username: string;
  name: string;
  passwordHash: string;
  mobile: string;
  idNumberEnc: string;
  idNumberIdx: string;
  idNumberMasked: string;
  gender: string | null;
  birthDate: string | null;
};

export type IndividualRef = { id: string; username: string };

/** The oldest individual account of each ID number (blind index) that has one. */
export async function findIndividualsByIdIndex(
  executor: Executor,
  indexes: readonly string[],
): Promise<Map<string, IndividualRef>> {
  const found = new Map<string, IndividualRef>();
  if (indexes.length === 0) return found;
  const rows = await executor
    .select({ id: users.id, idx: users.idNumberIdx, username: users.username })
    .from(users)
    .where(and(inArray(users.idNumberIdx, [...indexes]), eq(users.role, 'individual')))
    .orderBy(asc(users.createdAt));
  for (const u of rows) if (u.idx && !found.has(u.idx)) found.set(u.idx, { id: u.id, username: u.username });
  return found;
}

// Lower case without look-alikes (0/o, 1/l/i), as the username is typed from an SMS.
const HANDLE_CHARS = 'abcdefghjkmnpqrstuvwxyz23456789';
const randomHandle = () =>
  `u${Array.from({ length: 9 }, () => HANDLE_CHARS[crypto.randomInt(0, HANDLE_CHARS.length)]).join('')}`;

/**
 * `count` free usernames for new personal accounts: a random handle (`u` + 9 characters), not
 * the mobile number — a username is shown in lists and messages, a phone number is personal data
 * (PL-7). The owner may sign in with the mobile number as well.
 */
export async function chooseIndividualUsernames(executor: Executor, count: number): Promise<string[]> {
  const chosen = new Set<string>();
  while (chosen.size < count) {
    const candidates = new Set<string>();
    while (candidates.size < count - chosen.size) {
      const handle = randomHandle();
      if (!chosen.has(handle)) candidates.add(handle);
    }
    const taken = new Set(
      (
        await executor
          .select({ username: users.username })
          .from(users)
          .where(inArray(users.username, [...candidates]))
      ).map((r) => r.username),
    );
    for (const c of candidates) if (!taken.has(c)) chosen.add(c);
  }
  return [...chosen];
}

/**
 * Opens active individual accounts with an initial password (changed at first login), in one
 * statement; returns each new account by its ID number's blind index.
 */
export async function createIndividualAccounts(
  executor: Executor,
  accounts: readonly NewIndividual[],
  now: Date,
): Promise<Map<string, IndividualRef>> {
  const created = new Map<string, IndividualRef>();
  if (accounts.length === 0) return created;
  const records = accounts.map((a) => ({
    username: a.username,
    display_name: a.name,
    password_hash: a.passwordHash,
    mobile: a.mobile,
    id_number_enc: a.idNumberEnc,
    id_number_idx: a.idNumberIdx,
    id_number_masked: a.idNumberMasked,
    gender: a.gender,
    birth_date: a.birthDate,
  }));
  const result = await executor.execute(sql`
    insert into ${users} (username, display_name, role, password_hash, must_change_password, status, mobile,
      id_number_enc, id_number_idx, id_number_masked, gender, birth_date, created_at)
    select x.username, x.display_name, 'individual', x.password_hash, true, 'active', x.mobile,
      x.id_number_enc, x.id_number_idx, x.id_number_masked, x.gender, x.birth_date, ${now.toISOString()}::timestamptz
    from json_to_recordset(${JSON.stringify(records)}::json) as x(username text, display_name text,
      password_hash text, mobile text, id_number_enc text, id_number_idx text, id_number_masked text,
      gender text, birth_date text)
    returning id, id_number_idx, username`);
  for (const u of (result as unknown as { rows: { id: string; id_number_idx: string; username: string }[] })
    .rows)
    created.set(u.id_number_idx, { id: u.id, username: u.username });
  return created;
}
