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
import { rostersModule } from './rosters/index.js';
import { policiesModule } from './policies/index.js';
import { documentsModule } from './documents/index.js';
import { productsModule } from './products/index.js';
import { insurerGatewayModule } from './insurer-gateway/index.js';
import { applicationsModule } from './applications/index.js';
import { approvalsModule } from './approvals/index.js';

/** A module registers its routes (and job handlers) given the shared services. */
export type Module = (app: ZApp, ctx: AppContext) => Promise<void>;

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
  rostersModule,
  policiesModule,
  documentsModule,
  productsModule,
  insurerGatewayModule,
  applicationsModule,
  approvalsModule,
];
