import type { AppContext } from '../platform/context.js';
import type { ZApp } from '../app.js';
import { systemModule } from './system/index.js';

/** A module registers its routes (and job handlers) given the shared services. */
export type Module = (app: ZApp, ctx: AppContext) => Promise<void>;

/** Every module, in registration order. */
export const MODULES: Module[] = [systemModule];
