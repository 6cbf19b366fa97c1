import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiAs } from './support.js';
import { call, chineseDigits, field, shot, signedIn, submittedApplication } from './union-support.js';

// MA-7 as the three levels use it: the base unit's 保单提前终止 (创建保单终止申请 over its 打印生效
// policies → 终止保单, 批量导出打印 the signed request form, 提交保单申请), the agency office's and
// HQ's 审批通过 (the policy ends with a signed 电子批单); and 即将到期保单 with its Excel export.

let admin: APIRequestContext;
test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => admin.dispose());

/**
 * A member of 中关村 (0108001) with a 打印生效 policy of the plan, driven through the chain by API
 * (the pages of that chain are the union-applications journey's).
 */
async function issuedPolicy(base: Page, agency: Page, hq: Page) {
  const name = `终止${chineseDigits(String(Date.now()).slice(-4))}`;
  const { memberNo, productId } = await submittedApplication(base, agency, name);
  const chain = { unitNo: '0108001', productId };
  await call(agency, 'POST', '/api/union/submissions/pass-search', chain);
  await call(hq, 'POST', '/api/union/submissions/confirm-search', chain);
  await expect
    .poll(
      async () => (await call(base, 'GET', `/api/union/terminable-policies?memberNo=${memberNo}`)).total,
      { timeout: 120_000, intervals: [1000] },
    )
    .toBe(1);
  const policy = (await call(base, 'GET', `/api/union/terminable-policies?memberNo=${memberNo}`))
    .items[0] as { policyNo: string; startDate: string; endDate: string };
  return { name, memberNo, ...policy };
}

/** The status cell of a request row (the tag the server's label fills). */
const statusOf = (page: Page, requestNo: string) => page.getByTestId(`terms-status-${requestNo}`);

async function tickRow(page: Page, text: string) {
  await page
    .getByTestId('terms-table')
    .locator('tbody tr', { hasText: text })
    .locator('input[type=checkbox]')
    .check();
}

test('保单提前终止: 创建保单终止申请 → 批量导出打印 (signed PDF) → 提交保单申请 → 代办处打回 (reason on the row) → 再提交 → 代办处审批通过 → 总会审批通过 → 已终止 with its 电子批单; 即将到期保单 → Excel', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const base = await signedIn(browser, baseURL!, 'union_base', admin);
  const agency = await signedIn(browser, baseURL!, 'union_agency', admin);
  const hq = await signedIn(browser, baseURL!, 'union_hq', admin);
  const policy = await issuedPolicy(base, agency, hq);

  // 即将到期保单: the month the policy's cover ends lists it; 【批量导出打印】 saves a workbook.
  await base.goto('/union/expiring');
  const month = policy.endDate.slice(0, 7);
  await field(base, 'expiring-month').click();
  await field(base, 'expiring-month').fill(month);
  await field(base, 'expiring-month').press('Enter');
  await base.getByTestId('expiring-memberNo').fill(policy.memberNo);
  await base.getByTestId('expiring-search').click();
  await expect(base.getByTestId('expiring-table')).toContainText(policy.policyNo);
  await expect(base.getByTestId('expiring-summary')).toContainText(`${month} 到期的保单共 1 张`);
  await shot(base, 'expiring-list');
  const downloading = base.waitForEvent('download');
  await base.getByTestId('expiring-export').click();
  const workbook = await downloading;
  const bytes = readFileSync(await workbook.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // 创建保单终止申请: search 打印生效 policies, tick this one, date and reason, 【终止保单】→【确定】.
  await base.goto('/union/terminations');
  await expect(base.getByTestId('terms-table')).toBeVisible();
  await base.getByTestId('terms-create').click();
  await base.getByTestId('terms-policy-memberNo').fill(policy.memberNo);
  await base.getByTestId('terms-policy-search').click();
  const candidate = base.getByTestId('terms-policy-table').locator('tbody tr', { hasText: policy.policyNo });
  await expect(candidate).toContainText('打印生效');
  // 【终止保单】 without a reason is refused on the form.
  await candidate.locator('input[type=checkbox]').check();
  await field(base, 'terms-date').click();
  await field(base, 'terms-date').fill(policy.startDate);
  await field(base, 'terms-date').press('Enter');
  await base.getByTestId('terms-create-ok').click();
  await expect(base.getByText('请填写终止原因')).toBeVisible();
  await base.getByTestId('terms-reason').fill('会员调离本单位，申请提前终止');
  await shot(base, 'terminations-create');
  await base.getByTestId('terms-create-ok').click();
  await base.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(base.getByTestId('terms-policy-table')).toBeHidden();

  // The list shows the 新建 request of this policy.
  await base.getByTestId('terms-memberNo').fill(policy.memberNo);
  await base.getByTestId('terms-search').click();
  const row = base.getByTestId('terms-table').locator('tbody tr', { hasText: policy.policyNo });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('新建');
  const requestNo = (await row.locator('td').nth(1).innerText()).trim();
  expect(requestNo).toMatch(/^ZZ\d{14}$/);

  // 【批量导出打印】: the link of the signed 保单提前终止申请表 answers a PDF.
  await tickRow(base, policy.policyNo);
  await base.getByTestId('terms-export').click();
  const link = base.getByTestId(`terms-form-link-${requestNo}`);
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href'))!;
  const pdf = await base.request.get(href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await shot(base, 'terminations-exported');

  // 【提交保单申请】: 上报, waiting at 代办处审核.
  await base.getByTestId('terms-submit').click();
  await base.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(statusOf(base, requestNo)).toContainText('上报');
  await expect(statusOf(base, requestNo)).toContainText('代办处审核');

  // 代办处: waiting for me → 审批通过 → 代办处已上报 (at HQ); the policy is still 打印生效.
  await agency.goto('/union/terminations');
  await agency.getByTestId('terms-memberNo').fill(policy.memberNo);
  await agency.getByTestId('terms-search').click();
  await expect(statusOf(agency, requestNo)).toContainText('上报');
  await shot(agency, 'terminations-agency');
  // 打回 needs a reason; the base unit sees it on the row and submits again.
  await tickRow(agency, policy.policyNo);
  await agency.getByTestId('terms-return').click();
  await agency.getByTestId('terms-return-ok').click();
  await expect(agency.getByText('请填写打回原因')).toBeVisible();
  await agency.getByTestId('terms-return-reason-input').fill('申请表未加盖单位公章');
  await agency.getByTestId('terms-return-ok').click();
  await expect(agency.getByTestId('terms-table')).not.toContainText(requestNo);
  await base.getByTestId('terms-search').click();
  await expect(statusOf(base, requestNo)).toContainText('打回');
  await expect(statusOf(base, requestNo).getByTestId('terms-return-reason')).toContainText(
    '申请表未加盖单位公章',
  );
  await tickRow(base, policy.policyNo);
  await base.getByTestId('terms-submit').click();
  await base.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(statusOf(base, requestNo)).toContainText('上报');
  await agency.getByTestId('terms-search').click();
  await expect(statusOf(agency, requestNo)).toContainText('上报');
  await tickRow(agency, policy.policyNo);
  await agency.getByTestId('terms-approve').click();
  await agency.getByRole('button', { name: /确\s*定|OK/ }).click();
  // No longer waiting at the agency office: shown with every state once the filter is off.
  await expect(agency.getByTestId('terms-table')).not.toContainText(requestNo);
  await agency.getByTestId('terms-awaiting-me').click();
  await expect(statusOf(agency, requestNo)).toContainText('代办处已上报');
  await expect(statusOf(agency, requestNo)).toContainText('总会审批');
  expect((await call(base, 'GET', `/api/union/terminable-policies?memberNo=${policy.memberNo}`)).total).toBe(
    1,
  );

  // 总会: 审批通过 → 已终止, with the signed 电子批单; the policy is no longer terminable.
  await hq.goto('/union/terminations');
  await hq.getByTestId('terms-memberNo').fill(policy.memberNo);
  await hq.getByTestId('terms-search').click();
  await expect(statusOf(hq, requestNo)).toContainText('代办处已上报');
  await tickRow(hq, policy.policyNo);
  await hq.getByTestId('terms-approve').click();
  await hq.getByRole('button', { name: /确\s*定|OK/ }).click();
  await hq.getByTestId('terms-awaiting-me').click();
  await expect(statusOf(hq, requestNo)).toContainText('已终止');
  const endorsement = hq.getByTestId(`terms-endorsement-${requestNo}`);
  await expect(endorsement).toBeVisible();
  const signed = await hq.request.get((await endorsement.getAttribute('href'))!);
  expect(signed.status()).toBe(200);
  expect((await signed.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await shot(hq, 'terminations-approved');

  await base.reload();
  await base.getByTestId('terms-memberNo').fill(policy.memberNo);
  await base.getByTestId('terms-search').click();
  await expect(statusOf(base, requestNo)).toContainText('已终止');
  await expect(base.getByTestId(`terms-endorsement-${requestNo}`)).toBeVisible();
  expect((await call(base, 'GET', `/api/union/terminable-policies?memberNo=${policy.memberNo}`)).total).toBe(
    0,
  );

  // The page at phone width (for review).
  await base.setViewportSize({ width: 390, height: 844 });
  await shot(base, 'terminations-390');
  await base.goto('/union/expiring');
  await expect(base.getByTestId('expiring-table')).toBeVisible();
  await shot(base, 'expiring-390');
  for (const p of [base, agency, hq]) await p.context().close();
});
