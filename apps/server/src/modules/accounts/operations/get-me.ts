import type { AppContext } from '../../../platform/context.js';
import type { AuthContext } from '../../../platform/http/session.js';
import { loadMe } from '../repository.js';
import type { Me } from '../schemas.js';

/** The signed-in user (at whatever login stage the session is). */
export function getMe(ctx: AppContext, auth: AuthContext): Promise<Me> {
  return loadMe(ctx.db, auth.user.id, auth.stage);
}
