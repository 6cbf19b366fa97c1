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
  // ── insurance exchange (issue 4, lines/exchange) ──
  enterprise_registration_approved: {
    description: '企业注册审核通过：companyName、username、url',
    email: {
      subject: () => '【PolicyHub】企业注册审核通过',
      text: (p) =>
        `您好：\n\n「${p.companyName}」在 PolicyHub 保险交易平台的注册申请已审核通过。\n登录账号：${p.username}\n登录地址：${p.url}\n\n请使用注册时设置的密码登录企业中心。\n\nPolicyHub 保单通平台`,
    },
  },
  enterprise_registration_rejected: {
    description: '企业注册审核未通过：companyName、reason、url',
    email: {
      subject: () => '【PolicyHub】企业注册审核未通过',
      text: (p) =>
        `您好：\n\n很抱歉，「${p.companyName}」在 PolicyHub 保险交易平台的注册申请未通过审核。\n原因：${p.reason}\n\n如有疑问，请联系交易所管理员。\n\nPolicyHub 保单通平台`,
    },
  },
  exchange_order_to_insurer: {
    description:
      '团体投保资料发送保险公司（附扫描件与员工名单）：orderNo、companyName、productName、rosterCount',
    email: {
      subject: (p) => `【PolicyHub】团体投保预核保申请 ${p.orderNo}（${p.companyName}）`,
      text: (p) =>
        `您好：\n\n「${p.companyName}」申请团体投保「${p.productName}」，订单号 ${p.orderNo}，员工 ${p.rosterCount} 人。\n附件为营业执照、组织机构代码证、税务登记证扫描件及员工名单。\n请完成预核保后在保险公司管理端或通过接口回传结果（投保期、团体邀请码或未通过原因）。\n\nPolicyHub 保险交易平台 ${p.url}`,
    },
  },
  exchange_pre_underwriting_passed: {
    description: '预核保通过通知企业：orderNo、companyName、productName、windowStart、windowEnd、url',
    email: {
      subject: (p) => `【PolicyHub】订单 ${p.orderNo} 预核保通过`,
      text: (p) =>
        `您好：\n\n「${p.companyName}」投保「${p.productName}」的订单 ${p.orderNo} 已通过预核保。\n员工投保期：${p.windowStart} 至 ${p.windowEnd}。\n平台将为名单中的员工开通个人账号并短信通知，您可在企业中心查看员工投保情况。\n登录地址：${p.url}\n\nPolicyHub 保单通平台`,
    },
  },
  exchange_pre_underwriting_failed: {
    description: '预核保未通过通知企业：orderNo、companyName、productName、reason、url',
    email: {
      subject: (p) => `【PolicyHub】订单 ${p.orderNo} 预核保未通过`,
      text: (p) =>
        `您好：\n\n很抱歉，「${p.companyName}」投保「${p.productName}」的订单 ${p.orderNo} 未通过预核保。\n原因：${p.reason}\n\n详情请登录企业中心查看：${p.url}\n\nPolicyHub 保单通平台`,
    },
  },
  // Both fit two SMS segments (134 characters) with the demo order; the full mobile number is
  // never in the text (the username is not the mobile, and the mobile itself also signs in).
  exchange_invitation: {
    description:
      '员工个人账号开通与投保邀请（含初始密码）：name、companyName、productName、windowStart、windowEnd、username、password、url',
    sms: (p) =>
      `【PolicyHub】${p.name}，${p.companyName}邀您投保「${p.productName}」（${p.windowStart}至${p.windowEnd}）。登录${p.url} 账号${p.username}，初始密码${p.password}，或用本手机号登录`,
    secret: ['password'],
  },
  exchange_invitation_existing: {
    description:
      '员工投保邀请（已有账号）：name、companyName、productName、windowStart、windowEnd、username、url',
    sms: (p) =>
      `【PolicyHub】${p.name}，${p.companyName}邀您投保「${p.productName}」（${p.windowStart}至${p.windowEnd}）。请用账号 ${p.username} 或本手机号登录${p.url}。`,
  },
  exchange_reminder: {
    description: '提醒员工投保：name、companyName、productName、windowEnd、url',
    sms: (p) =>
      `【PolicyHub】${p.name}您好，${p.companyName}提醒您：税优健康险「${p.productName}」投保将于 ${p.windowEnd} 截止，请登录 ${p.url} 完成投保。`,
  },
};
