import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';

/** Early termination (MA-7): 保单提前终止 requests, the request form PDF, approval up the chain, the signed e-endorsement; 即将到期保单 export. */
export async function registerTerminationsRoutes(_app: ZApp, _ctx: AppContext): Promise<void> {}
