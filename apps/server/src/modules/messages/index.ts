import type { Module } from '../index.js';
import { registerMessageRoutes } from './routes.js';

/** 消息中心 (PL-4): the outbox as platform admins see it. Messages are queued by ctx.notify. */
export const messagesModule: Module = async (app, ctx) => {
  await registerMessageRoutes(app, ctx);
};
