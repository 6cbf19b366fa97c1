import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/index.js';
import { createDenialMonitor, recordSweep } from '../audit/security.js';
import { actorFrom } from './guard.js';

/**
 * Refused calls leave a trace: a signed-in user whose calls on object routes (a route with a
 * path parameter: someone else's record, an unknown id) are answered 403/404 `threshold` times
 * within a minute gets one `security.access_denied_sweep` audit row, which the security admin
 * sees on the audit page. Written after the response is sent, so it costs the caller nothing.
 */
export function installDenialAudit(app: FastifyInstance, options: { db: Db; threshold: number }): void {
  const monitor = createDenialMonitor({ threshold: options.threshold, windowMs: 60_000 });
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    if (status !== 403 && status !== 404) return;
    const user = request.auth?.user;
    const route = request.routeOptions.url;
    if (!user || !route?.includes('/:')) return;
    const alert = monitor.note(user.id, {
      at: Date.now(),
      status,
      route: `${request.method} ${route}`,
      path: request.url.split('?')[0]!.slice(0, 200),
    });
    if (!alert) return;
    try {
      await recordSweep(options.db, actorFrom(request), alert, new Date());
    } catch (error) {
      request.log.error({ err: error }, 'could not record the access-denied sweep');
    }
  });
}
