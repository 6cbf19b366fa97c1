import { describe, expect, it } from 'vitest';
import { renderMessage } from './index.js';
import { SMS_MAX_CHARS, TEMPLATES } from './templates.js';

// Values as the demo sends them (Chinese names and products: the SMS is then UCS-2, 134 characters
// in two segments).
const PARAMS: Record<string, string | number> = {
  code: '482913',
  username: 'zhangsan01',
  password: 'Kp7mRw4xTq',
  url: 'https://policyhub.example.cn',
  kind: 'policy',
  kindLabel: '电子保单',
  documentNo: 'DOC202612030001',
  policyNo: 'P2026120300000123',
  productName: '众安税优健康险A款',
  verifyUrl: 'https://policyhub.example.cn/v/3f2a',
  title: '系统维护通知',
  content: '系统将于今晚 22:00 维护。',
  companyName: '上海示例科技有限公司',
  reason: '员工名单与社保记录不符',
  orderNo: 'EX20261203001',
  rosterCount: 25,
  windowStart: '2026-12-03',
  windowEnd: '2026-12-31',
  name: '张三',
  startsOn: '2026-12-04',
  endsOn: '2027-12-03',
  premium: '1200.00',
  sumInsured: '300000.00',
  applicationNo: 'AP20261203009',
};
/** Two segments: 306 characters of plain ASCII (GSM 7-bit), else 134 (UCS-2). */
const twoSegments = (text: string) => ([...text].every((c) => c < '\u0080') ? 306 : SMS_MAX_CHARS);
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** The text with the (Chinese) parameter values taken out: what the template itself says. */
const ownText = (text: string) =>
  Object.values(PARAMS).reduce<string>((rest, value) => rest.split(String(value)).join(''), text);

describe('message templates in zh-CN and en-US', () => {
  const channels = (name: string) =>
    (['sms', 'email'] as const).filter((channel) => TEMPLATES[name]![channel] !== undefined);

  it('gives every template an English wording for each of its channels', () => {
    for (const [name, template] of Object.entries(TEMPLATES)) {
      for (const channel of channels(name))
        expect(template.en?.[channel], `${name} ${channel}`).toBeDefined();
    }
  });

  it('renders every template in both languages: Chinese by default, English without Chinese of its own', () => {
    for (const name of Object.keys(TEMPLATES)) {
      for (const channel of channels(name)) {
        const zh = renderMessage(name, channel, PARAMS);
        const en = renderMessage(name, channel, PARAMS, 'en-US');
        expect(zh.body, `${name} ${channel} zh`).toMatch(CJK);
        expect(ownText(en.body), `${name} ${channel} en`).not.toMatch(CJK);
        if (channel === 'email') expect(ownText(en.subject ?? ''), `${name} subject`).not.toMatch(CJK);
        expect(en.body).not.toMatch(/\$\{|undefined/);
        if (channel === 'sms') {
          expect([...zh.body].length, `${name} zh`).toBeLessThanOrEqual(SMS_MAX_CHARS);
          expect([...en.body].length, `${name} en`).toBeLessThanOrEqual(twoSegments(en.body));
        }
      }
    }
  });

  it('says the values in the English text', () => {
    expect(renderMessage('login_code', 'sms', { code: '482913' }, 'en-US').body).toBe(
      '[PolicyHub] Your login code is 482913, valid for 5 minutes. If you did not request it, ignore this message.',
    );
    const mail = renderMessage('e_policy', 'email', PARAMS, 'en-US');
    expect(mail.subject).toBe('[PolicyHub] Your e-policy (policy no. P2026120300000123)');
    expect(mail.body).toContain('archive no. DOC202612030001');
    expect(renderMessage('e_policy', 'email', { ...PARAMS, kind: 'endorsement' }, 'en-US').subject).toContain(
      'e-endorsement',
    );
    const invite = renderMessage('exchange_invitation', 'sms', PARAMS, 'en-US').body;
    expect(invite).toContain('zhangsan01');
    expect(invite).toContain('Kp7mRw4xTq');
  });

  it('keeps a long product name within two segments in English too', () => {
    const long = { ...PARAMS, productName: '某某人寿保险股份有限公司个人税收优惠型健康保险（万能型）A款' };
    for (const name of [
      'exchange_invitation',
      'exchange_invitation_existing',
      'exchange_reminder',
      'exchange_policy_issued',
    ]) {
      const body = renderMessage(name, 'sms', long, 'en-US').body;
      expect([...body].length, name).toBeLessThanOrEqual(SMS_MAX_CHARS);
      expect(body).toContain('某某人寿');
    }
  });
});
