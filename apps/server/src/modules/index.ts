import type { AppContext } from '../platform/context.js';
import type { ZApp } from '../app.js';
import { systemModule } from './system/index.js';
import { accountsModule } from './accounts/index.js';
import { organizationsModule } from './organizations/index.js';
import { auditModule } from './audit/index.js';
import { messagesModule } from './messages/index.js';
import { tasksModule } from './tasks/index.js';
import { filesModule } from './files/index.js';
import { importsModule } from './imports/index.js';
import { policiesModule } from './policies/index.js';
import { documentsModule } from './documents/index.js';
import { exchangeModule } from './exchange/index.js';
import { exchangeProductsModule } from './exchange-products/index.js';

import type { ExchangeProductsWorkflows } from './exchange-products/index.js';

/**
 * The workflows (apps/server/src/workflows/) that modules' routes start. app.ts passes them in:
 * a module never imports workflows/ — the arrows point down only (docs/ARCHITECTURE.md).
 */
export type ModuleWorkflows = ExchangeProductsWorkflows;

/** A module registers its routes (and job handlers) given the shared services and workflows. */
export type Module = (app: ZApp, ctx: AppContext, workflows: ModuleWorkflows) => Promise<void>;

/** Every module, in registration order. */
export const MODULES: Module[] = [
  systemModule,
  accountsModule,
  organizationsModule,
  auditModule,
  messagesModule,
  tasksModule,
  filesModule,
  importsModule,
  policiesModule,
  documentsModule,
  exchangeProductsModule,
  exchangeModule,
];
