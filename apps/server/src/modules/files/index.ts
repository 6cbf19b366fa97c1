import type { Module } from '../index.js';
import { registerFileRoutes } from './routes.js';

/**
 * File downloads (PL-5). Uploads are received by the modules that own them, through
 * `readUpload` + `ctx.files.saveUpload` (platform/files), which check type and size.
 */
export const filesModule: Module = async (app, ctx) => {
  await registerFileRoutes(app, ctx);
};
