import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { residentIdCheckChar } from '@policyhub/domain';
import { apiAs, loginInBrowser, tinyPdf } from './support.js';

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

/** A valid ID number of someone born on 1 January `age` years ago (so `age` all year), by gender. */
function idAged(age: number, gender: 'M' | 'F'): string {
  const year = new Date().getFullYear() - age;
  const seq = `${String(Math.floor(Math.random() * 100)).padStart(2, '0')}${gender === 'M' ? 1 : 2 * Math.floor(Math.random() * 5)}`;
  const first17 = `110105${year}0101${seq}`;
  return first17 + residentIdCheckChar(first17);
}

const chineseDigits = (text: string) => text.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]!);

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

test('入会管理: an over-age woman (56) is admitted with the 超龄参保证明; above 65 never', async ({
  page,
}) => {
  await openMembers(page);
  const name = chineseDigits(`超龄${String(Date.now()).slice(-4)}`);
  await page.getByTestId('member-add').click();
  await page.getByTestId('member-name').fill(name);
  await page.getByTestId('member-id').fill(idAged(56, 'F'));
  const refusal = page.waitForResponse(
    (r) => r.url().endsWith('/api/union/members') && r.request().method() === 'POST',
  );
  await page.getByTestId('member-save-exit').click();
  expect((await refusal).status()).toBe(400);

  // Refused with the reason, shown in the form (not as a toast); it stays open and offers the upload.
  const alert = page.getByTestId('member-over-age');
  await expect(alert).toHaveAttribute('data-kind', 'needs-document');
  await expect(alert).toContainText('须小于 55 周岁');
  await expect(alert).toContainText('上传超龄参保证明（代办处同意的文件）');
  await expect(page.getByTestId('member-name')).toBeVisible();
  await expect(page.locator('.ant-message-notice', { hasText: '超龄' })).toHaveCount(0);

  // A text file named .pdf: the server's Chinese error, no file kept.
  const input = page.getByTestId('member-over-age-upload');
  await input.setInputFiles({
    name: '证明.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('not a pdf'),
  });
  await expect(page.getByTestId('member-over-age-error')).toContainText(/[\u4e00-\u9fa5]/);
  await expect(page.getByTestId('member-over-age-file')).toHaveCount(0);

  await input.setInputFiles({
    name: '超龄参保证明.pdf',
    mimeType: 'application/pdf',
    buffer: tinyPdf('over-age approval'),
  });
  await expect(page.getByTestId('member-over-age-file')).toContainText('超龄参保证明.pdf');
  await expect(page.getByTestId('member-over-age-error')).toHaveCount(0);
  if (process.env.SHOTS_DIR)
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/member-over-age.png`, fullPage: true });
  await page.getByTestId('member-save-exit').click();
  await expect(page.getByTestId('member-name')).toBeHidden();
  await page.getByPlaceholder('姓名').fill(name);
  await page.getByTestId('member-search').click();
  await expect(page.getByTestId('member-table')).toContainText(name);

  // A man of 67: refused, no upload offered, nothing saved.
  const elder = chineseDigits(`高龄${String(Date.now()).slice(-4)}`);
  await page.getByTestId('member-add').click();
  await page.getByTestId('member-name').fill(elder);
  await page.getByTestId('member-id').fill(idAged(67, 'M'));
  await page.getByTestId('member-save-exit').click();
  await expect(alert).toHaveAttribute('data-kind', 'over-max');
  await expect(alert).toContainText('超过 65 周岁不能参保');
  await expect(page.getByTestId('member-over-age-upload')).toHaveCount(0);
  if (process.env.SHOTS_DIR)
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/member-over-max.png`, fullPage: true });
  await page.getByRole('button', { name: /Close|关闭/ }).click();
  await page.getByPlaceholder('姓名').fill(elder);
  await page.getByTestId('member-search').click();
  await expect(page.getByTestId('member-table')).not.toContainText(elder);
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
  // The good rows can still be carried out: the card says so, not 校验未通过.
  await expect(summary).toHaveAttribute('data-verdict', 'partial');
  await expect(summary).toContainText('有 1 行未通过校验');
  await expect(summary).toContainText('点击【业务办理】只办理通过的行');
  await expect(summary).not.toContainText('校验未通过');
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
