import { describe, expect, it } from 'vitest';
import zhCN from '../i18n/zh-CN.json';
import enUS from '../i18n/en-US.json';
import type { MessageKey, Translate } from '../i18n';
import { taskTitle } from './task-title';

const translator =
  (catalogue: Record<string, string>): Translate =>
  (key: MessageKey, vars) =>
    catalogue[key]!.replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
const zh = translator(zhCN);
const en = translator(enUS);

// Each type as the server queues it: its stored title and its titleParams.
const TASKS = {
  import: {
    type: 'import.execute',
    title: '批量导入用户：业务办理（3 行）',
    titleParams: { template: 'users', rows: 3 },
  },
  roster: {
    type: 'import.execute',
    title: '税优健康险员工名单：业务办理（25 行）',
    titleParams: { template: 'exchange_roster', rows: 25 },
  },
  bulkIssue: { type: 'documents.bulk-issue', title: '批量签发电子保单（12 份）', titleParams: { count: 12 } },
  archive: { type: 'archive.verify', title: '档案完整性校验', titleParams: {} },
  invite: {
    type: 'exchange.invite',
    title: '开通员工账号并发送短信（EX20261203001）',
    titleParams: { orderNo: 'EX20261203001' },
  },
};

describe('task titles (我的任务)', () => {
  it('reads each type in Chinese exactly as the server stores it', () => {
    for (const task of Object.values(TASKS)) expect(taskTitle(task, zh)).toBe(task.title);
    expect(taskTitle({ ...TASKS.import, titleParams: { template: 'roster', rows: 8 } }, zh)).toBe(
      '人员名单导入：业务办理（8 行）',
    );
  });

  it('reads each type in English with its values', () => {
    expect(taskTitle(TASKS.import, en)).toBe('User import: import (3 rows)');
    expect(taskTitle(TASKS.roster, en)).toBe(
      'Employee roster (tax-advantaged health insurance): import (25 rows)',
    );
    expect(taskTitle({ ...TASKS.import, titleParams: { template: 'roster', rows: 8 } }, en)).toBe(
      'Roster import: import (8 rows)',
    );
    expect(taskTitle(TASKS.bulkIssue, en)).toBe('Issue e-policies in bulk (12)');
    expect(taskTitle(TASKS.archive, en)).toBe('Archive integrity check');
    expect(taskTitle(TASKS.invite, en)).toBe('Open employee accounts and send SMS (EX20261203001)');
    for (const task of Object.values(TASKS)) expect(taskTitle(task, en)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('falls back to the stored title for an unknown type, an unknown template or a missing value', () => {
    const unknown = { type: 'reports.monthly', title: '月度报表', titleParams: {} };
    expect(taskTitle(unknown, en)).toBe('月度报表');
    const otherTemplate = {
      ...TASKS.import,
      title: '某模板：业务办理（2 行）',
      titleParams: { template: 'x', rows: 2 },
    };
    expect(taskTitle(otherTemplate, en)).toBe('某模板：业务办理（2 行）');
    // queued before titleParams were kept, or a bulk issue given its own title
    expect(taskTitle({ ...TASKS.invite, titleParams: {} }, en)).toBe(TASKS.invite.title);
    expect(taskTitle({ ...TASKS.bulkIssue, title: '出单后签发', titleParams: {} }, en)).toBe('出单后签发');
  });
});
