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
