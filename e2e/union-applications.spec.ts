import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiAs } from './support.js';
import {
  applicationRow,
  call,
  chineseDigits,
  choose,
  field,
  freshId,
  shot,
  signedIn,
} from './union-support.js';

// MA-4/MA-5/MA-8 as the three levels use them: the base unit's 投保管理 (【添加】 with the member
// filled in, a refusal with its fix, 【汇总金额】, 【当前查询结果上报】), the agency office's 打回 with
// a reason the base unit sees on the row, the edit and second 上报, the agency's 上报, and HQ's
// 财务确认 → 打印生效 with each member's signed 电子保障凭证.

let admin: APIRequestContext;
test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => admin.dispose());

test('投保管理: 添加 → 上报 → 代办处打回 (reason on the row) → 修改 → 上报 → 代办处上报 → 总会财务确认 → 打印生效 with its 电子保障凭证', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const base = await signedIn(browser, baseURL!, 'union_base', admin);
  const agency = await signedIn(browser, baseURL!, 'union_agency', admin);
  const hq = await signedIn(browser, baseURL!, 'union_hq', admin);

  // A fresh member of 中关村, 财务确认 by the agency office (MA-1/MA-2, tested on their own pages).
  const name = `投保${chineseDigits(String(Date.now()).slice(-4))}`;
  const member = await call(base, 'POST', '/api/union/members', { name, idNumber: freshId() });
  const memberNo = member.memberNo as string;
  await call(base, 'POST', '/api/union/members/submit-search', { search: { memberNo } });
  await call(agency, 'POST', '/api/union/members/confirm-search', { search: { memberNo } });

  // 【添加】: an unknown member is refused with the fix 办理入会; the real one fills in.
  await base.goto('/union/applications');
  await expect(base.getByTestId('application-table')).toBeVisible();
  await base.getByTestId('application-add').click();
  await base.getByTestId('application-member').fill('0108001999999');
  await base.getByTestId('application-member').press('Enter');
  const refusal = base.getByTestId('application-refusal');
  await expect(refusal).toContainText('会员不存在');
  await expect(refusal.getByTestId('application-fix')).toHaveText('办理入会');
  await base.getByTestId('application-member').fill(memberNo);
  await base.getByTestId('application-member').press('Enter');
  await expect(base.getByTestId('application-member-card')).toContainText(name);
  await expect(refusal).toBeHidden();
  await choose(base, 'application-product', '职工重大疾病互助保障');
  await expect(field(base, 'application-amount')).toHaveValue('36.00');
  // A wrong amount is refused by the server with its MA-5 reason, and the fix puts it right.
  await field(base, 'application-amount').fill('30');
  const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await field(base, 'application-date').click();
  await field(base, 'application-date').fill(date);
  await field(base, 'application-date').press('Enter');
  await base.getByTestId('application-save-exit').click();
  await expect(refusal).toContainText('投保金额');
  await refusal.getByTestId('application-fix').click();
  await expect(field(base, 'application-amount')).toHaveValue('36.00');
  await shot(base, 'applications-form');
  await base.getByTestId('application-save-exit').click();
  await expect(base.getByTestId('application-member')).toBeHidden();

  // Search this member: one 新建 row; 【汇总金额】; 【当前查询结果上报】.
  await base.getByTestId('application-search-member').fill(memberNo);
  await base.getByTestId('application-search').click();
  const first = base.getByTestId('application-table').locator('tbody tr', { hasText: memberNo });
  await expect(first).toHaveCount(1);
  await expect(first).toContainText('新建');
  const applicationNo = (await first.locator('td').first().innerText()).trim();
  await base.getByTestId('application-summary').click();
  await expect(base.getByTestId('application-summary-result')).toContainText('1 条投保申请，1 人');
  await expect(base.getByTestId('application-summary-result')).toContainText('¥36.00');
  await shot(base, 'applications-list');
  await base.getByTestId('application-submit-search').click();
  await base.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(applicationRow(base, applicationNo)).toContainText('上报');

  // 代办处: the unit's 上报 rows of this plan; 当前查询结果打回 needs a reason.
  const agencySearch = async () => {
    await agency.goto('/union/submissions');
    await agency.getByTestId('submissions-unit').fill('0108001');
    await choose(agency, 'submissions-product', '职工重大疾病互助保障');
    await agency.getByTestId('submissions-search').click();
    await expect(agency.getByTestId('submissions-table')).toContainText(name);
  };
  await agencySearch();
  await agency.getByTestId('submissions-return').click();
  await agency.locator('#return-ok').click();
  await expect(agency.getByText('请填写打回原因').or(agency.getByText('请填写'))).toBeVisible();
  await agency.getByTestId('return-reason').fill('份数与单位名单不符，请核对');
  await agency.locator('#return-ok').click();
  await expect(agency.getByTestId('submissions-table')).not.toContainText(name);

  // The base unit sees 打回 with the reason, edits the row (2 份) and submits again.
  await base.reload();
  await base.getByTestId('application-search-member').fill(memberNo);
  await base.getByTestId('application-search').click();
  await expect(applicationRow(base, applicationNo)).toContainText('打回');
  await expect(applicationRow(base, applicationNo).getByTestId('application-return-reason')).toContainText(
    '份数与单位名单不符，请核对',
  );
  await shot(base, 'applications-returned');
  await base.getByTestId(`application-${applicationNo}`).click();
  await field(base, 'application-copies').fill('2');
  await expect(field(base, 'application-amount')).toHaveValue('72.00');
  await base.getByTestId('application-save-exit').click();
  await expect(base.getByTestId('application-member')).toBeHidden();
  await expect(applicationRow(base, applicationNo)).toContainText('¥72.00');
  await base.getByTestId('application-submit-search').click();
  await base.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(applicationRow(base, applicationNo)).toContainText('上报');

  // 代办处 passes it up; HQ 财务确认 queues the certificates.
  await agencySearch();
  await agency.getByTestId('submissions-pass').click();
  await agency.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(agency.getByTestId('submissions-table')).not.toContainText(name);
  await hq.goto('/union/submissions');
  await hq.getByTestId('submissions-unit').fill('0108001');
  await choose(hq, 'submissions-product', '职工重大疾病互助保障');
  await hq.getByTestId('submissions-search').click();
  await expect(hq.getByTestId('submissions-table')).toContainText(name);
  await hq.getByTestId('submissions-confirm').click();
  await hq.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(hq.getByTestId('submissions-task-queued')).toBeVisible();

  // 打印生效 once the task has run, and the member's certificate is signed and verifiable.
  await expect
    .poll(
      async () =>
        (await call(base, 'GET', `/api/union/applications?status=issued&memberNoOrId=${memberNo}`)).total,
      { timeout: 120_000, intervals: [1000] },
    )
    .toBe(1);
  await base.reload();
  await base.getByTestId('application-status-select').click();
  await base.locator('.ant-select-item-option', { hasText: '打印生效' }).click();
  await base.getByTestId('application-search-member').fill(memberNo);
  await base.getByTestId('application-search').click();
  await expect(applicationRow(base, applicationNo)).toContainText('打印生效');
  await shot(base, 'applications-issued');
  // At phone width the page keeps its controls reachable: nothing wider than the screen.
  await base.setViewportSize({ width: 390, height: 844 });
  // (measured once the page has switched to its phone layout: menu button, no side menu)
  await expect(base.getByTestId('mobile-menu-button')).toBeVisible();
  await expect(applicationRow(base, applicationNo)).toBeVisible();
  await expect
    .poll(() => base.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: 'no horizontal scrolling of the whole page',
    })
    .toBeLessThanOrEqual(1);
  await shot(base, 'applications-390');
  // The member's history (会员信息查询) shows the application 打印生效 with its policy number.
  const history = await call(base, 'GET', `/api/union/members/${member.id}/history`);
  const issued = history.applications.find(
    (a: { applicationNo: string }) => a.applicationNo === applicationNo,
  );
  expect(issued).toMatchObject({ status: 'issued', copies: 2, premiumFen: 7200 });
  expect(issued.policyNo).toMatch(/^PH/);
  for (const p of [base, agency, hq]) await p.context().close();
});
