import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { residentIdCheckChar } from '@policyhub/domain';
import { apiAs, loginInBrowser } from './support.js';

let admin: APIRequestContext;
test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => admin.dispose());

/** A valid ID number born in 1990 with a random sequence (distinct across runs). */
function freshId(): string {
  const first17 = `110105199003${String(10 + Math.floor(Math.random() * 18))}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

async function openMembers(page: Page) {
  await loginInBrowser(page, 'union_base', admin);
  await page.goto('/union/members');
  await expect(page.getByTestId('member-table')).toBeVisible();
}

test('入会管理: 添加 with 保存并创建下一个, then 当前查询结果上报', async ({ page }) => {
  await openMembers(page);
  const suffix = String(Date.now()).slice(-5);
  const names = [`测甲${suffix}`, `测乙${suffix}`].map((n) =>
    n.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]!),
  );
  await page.getByTestId('member-add').click();
  await page.getByTestId('member-name').fill(names[0]!);
  await page.getByTestId('member-id').fill(freshId());
  await page.getByTestId('member-save-next').click();
  // The form stays open and is cleared for the next member.
  await expect(page.getByTestId('member-name')).toHaveValue('');
  await page.getByTestId('member-name').fill(names[1]!);
  await page.getByTestId('member-id').fill(freshId());
  await page.getByTestId('member-save-exit').click();
  await expect(page.getByTestId('member-name')).toBeHidden();
  await expect(page.getByTestId('member-table')).toContainText(names[1]!);
  if (process.env.SHOTS_DIR)
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/members-1280.png`, fullPage: true });

  // Search 新建 members of these names and submit them.
  await page.getByPlaceholder('姓名').fill(names[0]!.slice(0, 2));
  await page.getByTestId('member-search').click();
  await page.getByTestId('member-submit-search').click();
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByTestId('member-table')).toContainText('上报');
});

test('批量业务 【入会】: upload with one bad row, 业务校验, 业务办理, download the result', async ({
  page,
}) => {
  await loginInBrowser(page, 'union_base', admin);
  await page.getByTestId('menu-batch').click();
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('批量入会');
  sheet.getColumn(1).numFmt = '@';
  sheet.addRow(['身份证号', '姓名']);
  sheet.addRow([freshId(), '批量甲']);
  sheet.addRow([freshId(), '批量乙']);
  sheet.addRow([freshId(), '有 空格']);
  await page.getByTestId('import-file-input').setInputFiles({
    name: '批量入会.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  });
  const summary = page.getByTestId('import-validate-summary');
  await expect(summary).toHaveAttribute('data-status', 'validated', { timeout: 30_000 });
  await expect(summary).toHaveAttribute('data-error-rows', '1');
  await expect(page.getByTestId('import-problems')).toContainText('姓名中间不得有空格');
  await page.getByTestId('import-execute').click();
  await expect(page.getByTestId('import-result-summary')).toContainText('2', { timeout: 30_000 });
  if (process.env.SHOTS_DIR)
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/batch-1280.png`, fullPage: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('import-result-link').click(),
  ]);
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile((await download.path())!);
  const text = JSON.stringify(result.worksheets[0]!.getSheetValues());
  expect(text).toContain('有 空格');
  expect(text).toContain('姓名中间不得有空格');
  expect(text).not.toContain('批量甲');
});

test('入会管理 at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMembers(page);
  if (process.env.SHOTS_DIR)
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/members-390.png`, fullPage: true });
});
