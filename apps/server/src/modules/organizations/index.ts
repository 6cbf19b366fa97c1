import type { Module } from '../index.js';
import { registerOrganizationRoutes } from './routes.js';

/**
 * Organizations (PL-2): the organization trees and the administration of users inside an
 * administrator's scope. Owns the organizations table; user records are written through the
 * accounts module.
 */
export const organizationsModule: Module = async (app, ctx) => {
  await registerOrganizationRoutes(app, ctx);
};

export {
  addOrganization,
  createOrganization,
  type NewOrganization,
} from './operations/create-organization.js';
export {
  findChildByName,
  findOrganization,
  insertOrganization,
  settlePendingOrganization,
} from './repository.js';
export { ZOrg, type Org } from './schemas.js';
