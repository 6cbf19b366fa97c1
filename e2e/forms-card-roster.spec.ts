import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { residentIdCheckChar } from '@policyhub/domain';
import { apiAs, digits, loginInBrowser, luhnCard } from './support.js';

// Issue 10, "forms that remember and show": the debit card number typed on a phone (grouped in
// fours, bank from the BIN, masked once saved), and the files an enterprise sent — by name — with
// the roster still viewable after submitting.
test.describe.configure({ mode: 'serial' });

const SHOTS = process.env.SHOTS_DIR;
/** Saves a screenshot when SHOTS_DIR is set (for looking at the pages; the assertions do the testing). */
async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

function residentId(birth: string, seq: string): string {
  const first17 = `110101${birth}${seq}`;
  return first17 + residentIdCheckChar(first17);
}
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let admin: APIRequestContext;
test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => {
  await admin?.dispose();
});

test('a debit card typed on a phone: grouped in fours, bank from the BIN, masked once saved', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginInBrowser(page, 'employee', admin);
  await page.goto('/personal/bank-cards');
  await page.getByTestId('bank-card-add').click();

  const card = luhnCard(`622848${digits(12)}`); // 中国农业银行, 19 digits
  const field = page.getByTestId('bank-card-number');
  await expect(field).toHaveAttribute('inputmode', 'numeric');
  await expect(field).not.toHaveAttribute('type', 'password');
  await field.pressSequentially(card.slice(0, 10));
  await expect(field).toHaveValue(`${card.slice(0, 4)} ${card.slice(4, 8)} ${card.slice(8, 10)}`);
  await field.pressSequentially(card.slice(10));
  await expect(field).toHaveValue(card.replace(/(\d{4})(?=\d)/g, '$1 '));
  await expect(page.getByTestId('bank-card-bank')).toContainText('中国农业银行');
  await expect(page.getByTestId('bank-card-bin')).toContainText('中国农业银行');
  await expect(page.getByTestId('bank-card-warning')).toHaveCount(0);
  await shot(page, 'bank-card-typing-390');

  // Choosing another bank keeps the choice and warns; choosing back clears the warning.
  await page.getByTestId('bank-card-bank').click();
  await page.locator('.ant-select-item-option', { hasText: '招商银行' }).click();
  await expect(page.getByTestId('bank-card-warning')).toContainText('中国农业银行');
  // The list is long (virtual): search it as a person would.
  await page.getByTestId('bank-card-bank').click();
  await page.keyboard.type('农业');
  await page.locator('.ant-select-item-option', { hasText: '中国农业银行' }).click();
  await expect(page.getByTestId('bank-card-warning')).toHaveCount(0);

  await page.getByTestId('bank-card-submit').click();
  const masked = `${card.slice(0, 4)} **** **** *** ${card.slice(-4)}`;
  const saved = page.getByTestId('bank-card-masked').filter({ hasText: card.slice(-4) });
  await expect(saved).toHaveText(masked);
  await expect(page.getByTestId('bank-card-list')).toContainText('中国农业银行');
  await expect(page.getByTestId('bank-card-list')).not.toContainText(card.slice(4, 12));
  await shot(page, 'bank-card-saved-390');
});

test('the files an enterprise sent are shown by name; the roster stays viewable after submitting', async ({
  page,
  baseURL,
}) => {
  const ent = await apiAs(baseURL!, 'enterprise');
  // A new order for the product of the demo order, with scans and a roster, submitted.
  const orders = await (await ent.get('/api/enterprise/orders?pageSize=50')).json();
  const productId = (orders.items as { productId: string }[])[0]!.productId;
  const created = await ent.post('/api/enterprise/orders', { data: { productId } });
  expect(created.status(), await created.text()).toBe(200);
  const orderId = (await created.json()).id as string;
  // The demo enterprise's own credit code (what its registration and earlier orders hold).
  const creditCode = '91110108MA01ABCD5T';
  const company = {
    name: (await created.json()).enterpriseName as string,
    licenceNo: creditCode,
    taxNo: creditCode,
    orgCode: '',
    size: '50-299人',
    industry: '软件和信息技术服务业',
    contactName: '张晓燕',
    contactPhone: '13800138003',
    address: '北京市海淀区中关村大街 27 号',
    email: 'hr@xingchen.example.com',
  };
  const put = await ent.put(`/api/enterprise/orders/${orderId}`, { data: company });
  expect(put.status(), await put.text()).toBe(200);
  const scans = { licence: '营业执照副本.png', orgCode: '组织机构代码证.png', taxCert: '税务登记证.png' };
  for (const [kind, name] of Object.entries(scans)) {
    const res = await ent.post(`/api/enterprise/orders/${orderId}/scans/${kind}`, {
      multipart: { file: { name, mimeType: 'image/png', buffer: PNG } },
    });
    expect(res.status(), await res.text()).toBe(200);
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow([
    '姓名*',
    '证件类型*',
    '证件号码*',
    '性别',
    '出生日期',
    '手机号*',
    '医保类型',
    '医保所在城市',
    '有无补充医疗',
    '既往症声明',
    '连续纳税满一年',
    '缴费频率',
  ]);
  const people = [
    ['周子涵', residentId('19920415', `${digits(2)}1`), `137${digits(8)}`],
    ['吴思远', residentId('19880726', `${digits(2)}2`), `138${digits(8)}`],
  ];
  for (const [name, id, mobile] of people)
    sheet.addRow([name, '身份证', id, '', '', mobile, '城镇职工医保', '北京市', '无', '无', '是', '年缴']);
  const rosterName = '2026年度员工名单.xlsx';
  const imp = await ent.post(`/api/imports?template=exchange_roster&orderId=${orderId}`, {
    multipart: {
      file: {
        name: rosterName,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
      },
    },
  });
  expect(imp.status(), await imp.text()).toBe(200);
  expect((await imp.json()).status).toBe('validated');
  const exec = await ent.post(`/api/imports/${(await imp.json()).id}/execute`);
  expect(exec.status(), await exec.text()).toBe(200);
  await expect
    .poll(async () => (await (await ent.get(`/api/enterprise/orders/${orderId}`)).json()).rosterCount, {
      timeout: 30_000,
    })
    .toBe(2);
  const submitted = await ent.post(`/api/enterprise/orders/${orderId}/submit`);
  expect(submitted.status(), await submitted.text()).toBe(200);
  await ent.dispose();

  await page.setViewportSize({ width: 1280, height: 900 });
  await loginInBrowser(page, 'enterprise', admin);
  await page.goto(`/enterprise/orders/${orderId}`);
  await expect(page.getByTestId('order-waiting')).toBeVisible();
  for (const [kind, name] of Object.entries(scans))
    await expect(page.getByTestId(`material-file-${kind}`)).toHaveText(name);
  await expect(page.getByTestId('material-file-roster')).toContainText(rosterName);
  await expect(page.getByTestId('material-file-roster')).toContainText('2');
  await expect(page.getByTestId('materials-table')).not.toContainText('已上传');
  await shot(page, 'order-materials-1280');

  await page.getByTestId('material-roster-view').click();
  const rows = page.getByTestId('roster-view-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('roster-view-table')).toContainText('周子涵');
  await expect(page.getByTestId('roster-view-table')).not.toContainText(people[0]![1]!);
  await expect(page.getByTestId('roster-view-download')).toContainText(rosterName);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('roster-view-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe(rosterName);
  await shot(page, 'order-roster-view-1280');
});
