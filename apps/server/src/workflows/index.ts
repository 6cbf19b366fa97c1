import type { ModuleWorkflows } from '../modules/index.js';
import { endorsePolicy } from './endorse-policy.js';
import { issueApplicationPolicy } from './issue-application-policy.js';

/** The workflows app.ts hands to the modules whose routes start them (modules never import us). */
export const WORKFLOWS: ModuleWorkflows = { issueApplicationPolicy, endorsePolicy };
