import { expect, test, type APIRequestContext } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiAs } from './support.js';
import { call, chineseDigits, choose, field, freshId, shot, signedIn } from './union-support.js';

// MA-4 模板批量投保 as the base unit uses it (seed: 点击【投保】文字栏，选择【产品名称】，输入投保金额或
// 以模板金额为准，【浏览】【上传】，【业务校验】，【业务办理】): 批量业务 → 【投保】, choose the plan and type
// the amount on the page, download the 批量投保模板, upload it filled in (one good row leaving
// 产品名称 and 投保金额 to the page, one member who never enrolled, one row naming another plan),
// 业务校验 shows the reasons, 业务办理, the failures workbook downloads, and the good row is a 新建
// application of the chosen plan in 投保管理.

let admin: APIRequestContext;
test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => admin.dispose());

test('批量业务 【投保】: 批量投保模板 → 业务校验 shows the reason → 业务办理 → 新建 in 投保管理; failures download', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const base = await signedIn(browser, baseURL!, 'union_base', admin);
  const agency = await signedIn(browser, baseURL!, 'union_agency', admin);

  // A fresh member of 中关村, 财务确认 by the agency office (MA-1/MA-2, tested on their own pages).
  const name = `批投${chineseDigits(String(Date.now()).slice(-4))}`;
  const member = await call(base, 'POST', '/api/union/members', { name, idNumber: freshId(1986) });
  const memberNo = member.memberNo as string;
  await call(base, 'POST', '/api/union/members/submit-search', { search: { memberNo } });
  await call(agency, 'POST', '/api/union/members/confirm-search', { search: { memberNo } });

  await base.getByTestId('menu-batch').click();
  await base.getByRole('tab', { name: '投保' }).click();
  const pane = base.getByRole('tabpanel', { name: '投保' });
  await expect(pane.getByTestId('apply-plans')).toContainText('职工重大疾病互助保障：每份 36.00 元');
  // No upload before 产品名称 is chosen, nor before 投保金额 or 以模板金额为准.
  await expect(pane.getByTestId('import-file-input')).toHaveCount(0);
  await expect(pane).toContainText('请先选择产品名称');
  await choose(base, 'apply-product', '职工重大疾病互助保障');
  await expect(pane).toContainText('请输入投保金额，或勾选以模板金额为准');
  await pane.getByTestId('apply-template-amount').check();
  await expect(field(base, 'apply-amount')).toBeDisabled();
  await expect(pane.getByTestId('import-file-input')).toHaveCount(1);
  await pane.getByTestId('apply-template-amount').uncheck();
  await field(base, 'apply-amount').fill('36');
  await expect(pane.getByTestId('import-file-input')).toHaveCount(1);
  await shot(base, 'batch-apply-choose');

  // 下载批量投保模板: its header row is the one the upload uses.
  const [template] = await Promise.all([
    base.waitForEvent('download'),
    pane.getByTestId('import-template-download').click(),
  ]);
  const downloaded = new ExcelJS.Workbook();
  await downloaded.xlsx.readFile((await template.path())!);
  const header = (downloaded.worksheets[0]!.getRow(1).values as unknown[]).slice(1).map(String);
  expect(header.join('|')).toMatch(/会员编号或身份证号.*姓名.*产品名称.*份数.*投保金额.*预期生效时间/);

  const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const stranger = freshId(1986);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('批量投保');
  sheet.getColumn(1).numFmt = '@';
  const cells = (values: Record<string, string>) => header.map((h) => values[h.replace('*', '')] ?? '');
  sheet.addRow(header);
  sheet.addRow(
    cells({
      会员编号或身份证号: memberNo,
      姓名: name,
      份数: '1',
      预期生效时间: date,
    }),
  );
  sheet.addRow(
    cells({
      会员编号或身份证号: stranger,
      姓名: '未入会',
      产品名称: '职工重大疾病互助保障',
      份数: '1',
      投保金额: '36',
      预期生效时间: date,
    }),
  );
  sheet.addRow(
    cells({
      会员编号或身份证号: memberNo,
      姓名: name,
      产品名称: '在职职工住院津贴互助保障',
      份数: '1',
      投保金额: '60',
      预期生效时间: date,
    }),
  );
  await pane.getByTestId('import-file-input').setInputFiles({
    name: '批量投保.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  });

  // 业务校验: the bad row with its MA-5 reason; 业务办理 carries out the good one.
  const summary = pane.getByTestId('import-validate-summary');
  await expect(summary).toHaveAttribute('data-status', 'validated', { timeout: 30_000 });
  await expect(summary).toHaveAttribute('data-error-rows', '2');
  await expect(summary).toHaveAttribute('data-verdict', 'partial');
  await expect(summary).toContainText('点击【业务办理】只办理通过的行');
  await expect(pane.getByTestId('import-problems')).toContainText('尚未入会，请先办理入会');
  await expect(pane.getByTestId('import-problems')).toContainText('行的产品名称与所选产品不一致');
  await shot(base, 'batch-apply-validated');
  await pane.getByTestId('import-execute').click();
  await expect(pane.getByTestId('import-result-summary')).toContainText('1', { timeout: 30_000 });
  await shot(base, 'batch-apply-done');
  const [download] = await Promise.all([
    base.waitForEvent('download'),
    pane.getByTestId('import-result-link').click(),
  ]);
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile((await download.path())!);
  const text = JSON.stringify(result.worksheets[0]!.getSheetValues());
  expect(text).toContain(stranger);
  expect(text).toContain('尚未入会');
  expect(text).toContain('行的产品名称与所选产品不一致');

  // 投保管理: the good row is a 新建 application of the member.
  await base.goto('/union/applications');
  await base.getByTestId('application-search-member').fill(memberNo);
  await base.getByTestId('application-search').click();
  const created = base.getByTestId('application-table').locator('tbody tr', { hasText: memberNo });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText('新建');
  await expect(created).toContainText('职工重大疾病互助保障');
  await shot(base, 'batch-apply-applications');
});
