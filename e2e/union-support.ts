import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { residentIdCheckChar } from '@policyhub/domain';
import { loginInBrowser, type DemoUser } from './support.js';

// What the union journeys share: a page signed in as a demo user, calls through its session,
// fresh ID numbers, antd helpers and review screenshots.

/** Screenshots for review when SHOTS_DIR is set (never part of the assertions). */
export async function shot(page: Page, name: string) {
  if (process.env.SHOTS_DIR)
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: true });
}

/** A new browser context signed in through the login page (SMS code read by `admin`). */
export async function signedIn(
  browser: Browser,
  baseURL: string,
  who: DemoUser,
  admin: APIRequestContext,
): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await loginInBrowser(page, who, admin);
  return page;
}

/** A request through the signed-in page's own session (cookies + its CSRF token): status and body. */
export async function fetchAs(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  data?: unknown,
) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'ph_csrf')?.value ?? '';
  const res = await page.request.fetch(url, { method, data, headers: { 'x-csrf-token': csrf } });
  const text = await res.text();
  const body: any = text ? JSON.parse(text) : {};
  return { status: res.status(), text, body };
}

/** A call through the signed-in page's own session; expects 200. */
export async function call(page: Page, method: 'GET' | 'POST', url: string, data?: unknown) {
  const res = await fetchAs(page, method, url, data);
  expect(res.status, `${method} ${url}: ${res.text}`).toBe(200);
  return res.body;
}

/** A valid ID number of a man born in `year` with a random date and sequence (distinct across runs). */
export function freshId(year = 1985): string {
  const seq = String(Math.floor(Math.random() * 500) * 2 + 1).padStart(3, '0');
  const first17 = `110108${year}0${1 + Math.floor(Math.random() * 9)}${String(10 + Math.floor(Math.random() * 18))}${seq}`;
  return first17 + residentIdCheckChar(first17);
}

/** Digits as Chinese numerals (member names take no digits). */
export const chineseDigits = (s: string) => s.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]!);

/** antd Select: open it and click the option whose text contains `text`. */
export async function choose(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-item-option', { hasText: text }).first().click();
}

/** The <input> of an antd field, whether the test id sits on the input or on its wrapper. */
export function field(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

export const UNION_PLAN = '职工重大疾病互助保障';

/** Today in Beijing (YYYY-MM-DD): the earliest 预期生效时间. */
export const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * A member of the signed-in base unit, 财务确认 by the agency office, with one 上报 application of
 * the plan (through the API: the pages of these steps have journeys of their own).
 */
export async function submittedApplication(base: Page, agency: Page, name: string, idNumber = freshId()) {
  const member = await call(base, 'POST', '/api/union/members', { name, idNumber });
  const memberNo = member.memberNo as string;
  await call(base, 'POST', '/api/union/members/submit-search', { search: { memberNo } });
  await call(agency, 'POST', '/api/union/members/confirm-search', { search: { memberNo } });
  const plans = (await call(base, 'GET', '/api/union/application-plans')) as {
    productId: string;
    name: string;
    premiumPerCopyFen: number;
  }[];
  const plan = plans.find((p) => p.name === UNION_PLAN)!;
  const application = await call(base, 'POST', '/api/union/applications', {
    productId: plan.productId,
    memberNoOrId: memberNo,
    copies: 1,
    amount: plan.premiumPerCopyFen / 100,
    expectedEffectiveDate: beijingToday(),
  });
  await call(base, 'POST', '/api/union/applications/submit-search', { memberNoOrId: memberNo });
  return {
    name,
    memberNo,
    memberId: member.id as string,
    applicationNo: application.applicationNo as string,
    productId: plan.productId,
  };
}

/** The 投保管理 table row of an application. */
export function applicationRow(page: Page, applicationNo: string) {
  return page.getByTestId('application-table').locator('tbody tr', { hasText: applicationNo });
}
