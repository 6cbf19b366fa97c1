import { isMessageKey, type Translate } from '../i18n';
import type { Task } from './tasks';

/**
 * The title 我的任务 shows for a task: the catalogue's `task.type.<type>` filled with the task's
 * `titleParams` (an import's template name becomes `task.template.<name>`), so an en-US user reads
 * English. The stored Chinese title is the fallback: for a type the catalogue does not know, a
 * template it does not name, or a task missing a value its wording needs (tasks queued before
 * the values were kept, a bulk issue given its own title).
 */
export function taskTitle(task: Pick<Task, 'type' | 'title' | 'titleParams'>, t: Translate): string {
  const key = `task.type.${task.type}`;
  if (!isMessageKey(key)) return task.title;
  const vars: Record<string, string | number> = { ...(task.titleParams ?? {}) };
  if (typeof vars.template === 'string') {
    const templateKey = `task.template.${vars.template}`;
    if (!isMessageKey(templateKey)) return task.title;
    vars.template = t(templateKey);
  }
  const text = t(key, vars);
  return /\{\w+\}/.test(text) ? task.title : text;
}
