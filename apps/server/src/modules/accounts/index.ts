import type { Module } from '../index.js';
import { registerAccountRoutes } from './routes.js';

/**
 * Accounts (PL-1, PL-7): login with captcha and SMS second factor, sessions, passwords, the
 * user's own profile and bank cards. Owns the users, sessions, captchas, sms_codes and
 * bank_cards tables; other modules use the functions exported here.
 */
export const accountsModule: Module = async (app, ctx) => {
  await registerAccountRoutes(app, ctx);
};

export {
  createUserAccount,
  NO_PASSWORD_HASH,
  USERNAME_RULE,
  usernameProblem,
  type CreateUserAccountInput,
} from './operations/create-user-account.js';
export { createUserByAdmin } from './operations/create-user-by-admin.js';
export {
  chooseIndividualUsernames,
  createIndividualAccounts,
  findIndividualsByIdIndex,
  type IndividualRef,
  type NewIndividual,
} from './operations/individual-accounts.js';
export { createPendingAccount, settlePendingAccount } from './operations/pending-accounts.js';
export { listUsers } from './operations/list-users.js';
export { setUserStatus } from './operations/set-user-status.js';
export { unlockUser } from './operations/unlock-user.js';
export { resetUserPassword } from './operations/reset-user-password.js';
export { revealUserData } from './operations/reveal-user-data.js';
export { setKnownPassword } from './operations/set-known-password.js';
export { issueCaptcha } from './operations/issue-captcha.js';
export { consumeCaptcha } from './operations/login.js';
export { ROLE_LABELS, ORG_TYPE_LABELS } from './labels.js';
export { ZAdminUser, ZRevealed, ZRole, ZMe, type AdminUser, type Me } from './schemas.js';
export type { UserFilters } from './repository.js';
export { findBankCards } from './repository.js';
export { generateInitialPassword, INITIAL_PASSWORD_ALPHABET } from './credentials.js';
