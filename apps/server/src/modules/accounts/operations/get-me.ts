import type { AuthContext } from '../../../platform/http/session.js';
import { toMe } from '../repository.js';
import type { Me } from '../schemas.js';

/** The signed-in user (at whatever login stage the session is), from the session just loaded. */
export function getMe(auth: AuthContext, now: Date): Me {
  const { user, details } = auth;
  return toMe(
    {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      orgId: user.orgId,
      orgType: user.orgType,
      ...details,
    },
    auth.stage,
    now,
  );
}
