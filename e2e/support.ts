import { expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo@2026';

/** n random decimal digits (for unique test numbers). */
export const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

/** `body` followed by its Luhn check digit: a bank card number passing the Luhn check. */
export function luhnCard(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}

/** Demo accounts (docs/DEMO-ACCOUNTS.md): username → mobile, portal and the Chinese role label. */
export const DEMO_USERS = {
  admin: { mobile: '13800138001', portal: 'admin', role: '平台业务管理员', sms: false },
  security: { mobile: '13800138002', portal: 'admin', role: '安全管理员', sms: false },
  enterprise: { mobile: '13800138003', portal: 'enterprise', role: '企业经办人', sms: false },
  employee: { mobile: '13800138004', portal: 'personal', role: '个人用户', sms: false },
  insurer: { mobile: '13800138005', portal: 'insurer', role: '保险公司经办', sms: false },
  mutual_aid: { mobile: '13800138011', portal: 'insurer', role: '保险公司经办', sms: false },
  union_base: { mobile: '13800138006', portal: 'union', role: '基层工会操作员', sms: true },
  union_base_sd: { mobile: '13800138012', portal: 'union', role: '基层工会操作员', sms: true },
  union_agency: { mobile: '13800138007', portal: 'union', role: '代办处操作员', sms: true },
  union_hq: { mobile: '13800138008', portal: 'union', role: '总会信息部操作员', sms: true },
  travel_issuer: { mobile: '13800138009', portal: 'travel', role: '出单员', sms: true },
  travel_admin: { mobile: '13800138010', portal: 'travel', role: '旅行社管理员', sms: true },
} as const;
export type DemoUser = keyof typeof DEMO_USERS;

/** An API client signed in as a demo user through the real login (captcha answer from test mode). */
export async function apiAs(
  baseURL: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  const captcha = await (await api.get('/api/auth/captcha')).json();
  const res = await api.post('/api/auth/login', {
    data: { username, password, captchaId: captcha.captchaId, captchaAnswer: captcha.answer },
  });
  expect(res.status(), await res.text()).toBe(200);
  const state = await api.storageState();
  const csrf = state.cookies.find((c) => c.name === 'ph_csrf')?.value ?? '';
  await api.dispose();
  return playwrightRequest.newContext({
    baseURL,
    storageState: state,
    extraHTTPHeaders: { 'x-csrf-token': csrf },
  });
}

/**
 * Reads the newest login code sent to a mobile from the outbox, through the admin message center
 * (the only way a person without the phone could see it; the code is never bypassed).
 */
export async function smsCodeFor(admin: APIRequestContext, mobile: string, after: Date): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const res = await admin.get(`/api/admin/messages?channel=sms&recipient=${mobile}&pageSize=5`);
    expect(res.status()).toBe(200);
    const { items } = (await res.json()) as {
      items: { body: string; createdAt: string; template: string }[];
    };
    const latest = items.find((m) => m.template === 'login_code' && new Date(m.createdAt) >= after);
    const code = latest && /(\d{6})/.exec(latest.body)?.[1];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no login code for ${mobile}`);
}

/**
 * The captcha answer the server's test mode puts on the image. The placeholder shown while the
 * captcha loads has the same test id but no answer, so wait for the image itself.
 */
export async function captchaAnswer(page: Page, testId: string): Promise<string> {
  const image = page.locator(`img[data-testid="${testId}"][data-answer]`).first();
  await expect(image, 'test mode exposes the captcha answer').toBeVisible({ timeout: 15_000 });
  return (await image.getAttribute('data-answer'))!;
}

/** Signs in through the login page as a person would: password, captcha, then the SMS code when asked. */
export async function loginInBrowser(page: Page, username: DemoUser, admin: APIRequestContext) {
  const user = DEMO_USERS[username];
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-captcha').fill(await captchaAnswer(page, 'login-captcha-image'));
  const before = new Date(Date.now() - 2000);
  await page.getByTestId('login-submit').click();
  // Either the next step or the page's own error; report the error text rather than a bare timeout.
  const next = page.getByTestId(user.sms ? 'sms-code' : 'portal-home');
  await expect(next.or(page.getByTestId('login-error')).first()).toBeVisible({ timeout: 15_000 });
  if (await page.getByTestId('login-error').isVisible()) {
    throw new Error(`login as ${username} refused: ${await page.getByTestId('login-error').innerText()}`);
  }
  if (user.sms) {
    await expect(page.getByTestId('sms-sent-to')).toContainText(user.mobile.slice(0, 3));
    const code = await smsCodeFor(admin, user.mobile, before);
    await page.getByTestId('sms-code').fill(code);
    await page.getByTestId('sms-submit').click();
  }
  await expect(page).toHaveURL(new RegExp(`/${user.portal}(/|$)`));
}

/** The smallest well-formed one-page PDF showing `text` (uploads of scans and documents). */
export function tinyPdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 12 Tf 10 50 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 10 50 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
