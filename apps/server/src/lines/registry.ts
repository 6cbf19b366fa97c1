import type { ZApp } from '../app.js';
import type { AppContext } from '../platform/context.js';
import type { LineDefinition } from '../platform/lines.js';
import { exchange } from './exchange/index.js';
import { union } from './union/index.js';

/** A line of business: its declaration (read by the modules via ctx.lines) and its routes and jobs. */
export type LineModule = {
  definition: LineDefinition;
  register: (app: ZApp, ctx: AppContext) => Promise<void>;
};

/** Every line, in registration order (after the modules). Adding a line = one entry here. */
export const LINE_MODULES: readonly LineModule[] = [exchange, union];
