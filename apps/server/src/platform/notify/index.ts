// PLACEHOLDER until the notify helper lands its implementation: replace this whole file.
import type { AppContext } from '../context.js';
import type { Notifier } from './types.js';
export type { Notifier, OutgoingMessage, Provider, Channel } from './types.js';
export function createNotifier(_ctx: Pick<AppContext, 'config' | 'db' | 'log' | 'now' | 'files'>): Notifier {
  const missing = () => {
    throw new Error('notifier not implemented yet');
  };
  return { enqueue: missing, dispatchDue: missing, start: () => undefined, stop: async () => undefined };
}
