import type { Role } from '@policyhub/domain';

/** Who reads the message center: platform operations and security staff. */
export const MESSAGE_CENTER_ROLES: readonly Role[] = ['exchange_admin', 'security_admin'];
