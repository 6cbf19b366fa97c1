import type { Module } from '../index.js';
import { registerTemplate } from '../../platform/excel/index.js';
import { organizationRosterTemplate } from './organization-roster.js';

/**
 * Rosters: draft people lists owned by a subject (an exchange order; a travel tour, a union batch
 * later) and an organization, filled from Excel roster templates (ROSTER_PERSON_COLUMNS + a line's
 * extra columns, defineRosterTemplate), replaced as a whole until confirmed, then copied into a
 * policy's insured (rosterInsured). No routes of its own: uploads go through /api/imports. Registers
 * the organization's own 人员名单 ('roster'); owns rosters and roster_people.
 */
export const rostersModule: Module = async () => {
  registerTemplate(organizationRosterTemplate);
};

export {
  ROSTER_PERSON_COLUMNS,
  ROSTER_CONFIRMED_MESSAGE,
  checkRosterPerson,
  defineRosterTemplate,
  type RosterContext,
  type RosterPersonKey,
  type RosterTemplateOptions,
} from './template.js';
export {
  countRosterPeople,
  findRosterPeople,
  findRosterState as findRoster,
  getRoster,
  linkRosterPeople,
  rosterPeopleQuery,
  type RosterPersonRecord,
  type RosterRecord,
  type RosterStatus,
  type RosterSubject,
} from './repository.js';
export { confirmRoster } from './operations/confirm-roster.js';
export { rosterInsured } from './operations/roster-insured.js';
export { organizationRosterTemplate, ROSTER_ROLES, ORGANIZATION_SUBJECT } from './organization-roster.js';
