/**
 * Message templates (PL-4), rendered in Chinese when a message is queued. A plain data map:
 * add a template by adding an entry. `secret` names parameters (codes, passwords) that the
 * message center hides once a real provider delivers the message.
 */
export type TemplateParams = Record<string, string | number>;

export type Template = {
  /** What the template is for (shown to developers; the message center shows the name). */
  description: string;
  sms?: (p: TemplateParams) => string;
  email?: { subject: (p: TemplateParams) => string; text: (p: TemplateParams) => string };
  secret?: readonly string[];
};

export const TEMPLATES: Record<string, Template> = {
  login_code: {
    description: '登录短信验证码',
    sms: (p) => `【PolicyHub】您的登录验证码为 ${p.code}，5 分钟内有效。如非本人操作请忽略。`,
    secret: ['code'],
  },
  account_created: {
    description: '账号开通通知（含初始密码）',
    sms: (p) =>
      `【PolicyHub】您的账号已开通，用户名 ${p.username}，初始密码 ${p.password}，请登录 ${p.url} 并修改密码。`,
    email: {
      subject: () => '【PolicyHub】账号开通通知',
      text: (p) =>
        `您好：\n\n您的 PolicyHub 账号已开通。\n用户名：${p.username}\n初始密码：${p.password}\n登录地址：${p.url}\n\n首次登录后须修改密码。如非本人申请，请忽略本邮件。\n\nPolicyHub 保单通平台`,
    },
    secret: ['password'],
  },
  password_reset: {
    description: '密码重置通知（含新的初始密码）',
    sms: (p) =>
      `【PolicyHub】您的账号 ${p.username} 密码已重置，新的初始密码 ${p.password}，请登录 ${p.url} 并修改密码。`,
    email: {
      subject: () => '【PolicyHub】密码重置通知',
      text: (p) =>
        `您好：\n\n您的 PolicyHub 账号 ${p.username} 的密码已由管理员重置。\n新的初始密码：${p.password}\n登录地址：${p.url}\n\n登录后须修改密码。如有疑问，请联系管理员。\n\nPolicyHub 保单通平台`,
    },
    secret: ['password'],
  },
  e_policy: {
    description: '电子保单/批单邮件（附 PDF）：kindLabel、documentNo、policyNo、productName、verifyUrl、url',
    email: {
      subject: (p) => `【PolicyHub】您的${p.kindLabel}${p.policyNo ? `（保单号 ${p.policyNo}）` : ''}`,
      text: (p) =>
        `您好：\n\n附件是您的${p.kindLabel}${p.productName ? `（${p.productName}）` : ''}，档案号 ${p.documentNo}${p.policyNo ? `，保单号 ${p.policyNo}` : ''}。\n` +
        `该文件带有保险公司的电子签章，与纸质单证具有同等法律效力。\n\n` +
        `验真：扫描文件上的二维码或打开 ${p.verifyUrl} 查看当前状态；也可在 ${p.url} 上传 PDF 验证文件是否被修改。\n\n` +
        `PolicyHub 保单通平台`,
    },
  },
  notice: {
    description: '通用通知（标题 title、正文 content）',
    sms: (p) => `【PolicyHub】${p.content}`,
    email: {
      subject: (p) => `【PolicyHub】${p.title ?? '通知'}`,
      text: (p) => `您好：\n\n${p.content}\n\nPolicyHub 保单通平台`,
    },
  },
};
