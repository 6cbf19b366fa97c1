import type { AuthUser } from '../../../platform/access.js';
import { listTemplatesFor } from '../../../platform/excel/index.js';

/** The import templates the user's role may use, with their columns (for the upload page). */
export function listImportTemplates(user: AuthUser) {
  return {
    items: listTemplatesFor(user).map((t) => ({
      name: t.name,
      title: t.title,
      columns: t.columns.map((c) => ({
        key: c.key,
        header: c.header,
        required: c.required,
        example: c.example,
        rule: c.rule,
        ...(c.choices ? { choices: [...c.choices] } : {}),
      })),
    })),
  };
}
