import type { AuthUser } from '../access.js';
import { AppError } from '../errors.js';
import type { TemplateDefinition } from './types.js';

// Templates are static data registered by modules at start-up; registering a name again replaces
// it, so building several apps in one process (tests) is harmless.
const TEMPLATES = new Map<string, TemplateDefinition>();

/** Registers (or replaces) an import template. */
export function registerTemplate(template: TemplateDefinition): void {
  const keys = new Set<string>();
  for (const column of template.columns) {
    if (keys.has(column.key)) throw new Error(`导入模板 ${template.name} 的列 ${column.key} 重复`);
    keys.add(column.key);
  }
  for (const key of template.rowKey) {
    if (!keys.has(key)) throw new Error(`导入模板 ${template.name} 的唯一键列 ${key} 不存在`);
  }
  TEMPLATES.set(template.name, template);
}

/** The template of that name, or null. */
export function findTemplate(name: string): TemplateDefinition | null {
  return TEMPLATES.get(name) ?? null;
}

/** The template of that name, or NOT_FOUND. */
export function getTemplate(name: string): TemplateDefinition {
  const template = TEMPLATES.get(name);
  if (!template) throw new AppError('NOT_FOUND', { message: `导入模板“${name}”不存在` });
  return template;
}

/** The template if the user's role may use it: unknown → 404, not allowed → 403. */
export function getTemplateFor(user: AuthUser, name: string): TemplateDefinition {
  const template = getTemplate(name);
  if (!template.access.includes(user.role)) {
    throw new AppError('FORBIDDEN', { message: `您的角色不能使用“${template.title}”模板` });
  }
  return template;
}

/** Templates the user's role may use. */
export function listTemplatesFor(user: AuthUser): TemplateDefinition[] {
  return [...TEMPLATES.values()].filter((t) => t.access.includes(user.role));
}
