/**
 * Message templates (PL-4), rendered when a message is queued: in Chinese, or in English (`en`)
 * for a message queued with `locale: 'en-US'` (every template has both). A plain data map:
 * add a template by adding an entry. `secret` names parameters (codes, passwords) that the
 * message center hides once a real provider delivers the message.
 */
export type TemplateParams = Record<string, string | number>;

/** The languages a message can be rendered in; zh-CN unless the recipient's language is known. */
export const MESSAGE_LOCALES = ['zh-CN', 'en-US'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

type Texts = {
  sms?: (p: TemplateParams) => string;
  email?: { subject: (p: TemplateParams) => string; text: (p: TemplateParams) => string };
};

export type Template = Texts & {
  /** What the template is for (shown to developers; the message center shows the name). */
  description: string;
  /** The en-US wording, used when the message is queued with `locale: 'en-US'`. */
  en?: Texts;
  secret?: readonly string[];
};

/**
 * Two SMS segments: a message with any Chinese character is sent as UCS-2, 67 characters per
 * segment of a long message, so two segments hold 134.
 */
export const SMS_MAX_CHARS = 134;

/** `value` cut to `max` characters (code points), the cut marked with an ellipsis. */
function clip(value: unknown, max: number): string {
  const chars = [...String(value ?? '')];
  if (chars.length <= max) return chars.join('');
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * An SMS whose one free-text part (a product name, a reason) is clipped to what is left of the
 * two segments once the rest is written, so the message never grows into a third one.
 */
function fitSms(text: (flex: string) => string, flex: unknown, min = 4): string {
  const room = SMS_MAX_CHARS - [...text('')].length;
  return text(clip(flex, Math.max(room, min)));
}

/** A document kind (the `kind` parameter, else the Chinese `kindLabel`) in English. */
const KIND_EN: Record<string, string> = {
  policy: 'e-policy',
  endorsement: 'e-endorsement',
  application: 'e-application form',
  termination: 'early termination request',
  reconciliation: 'statement',
  receipt: 'receipt',
};
function kindInEnglish(p: TemplateParams): string {
  return KIND_EN[String(p.kind ?? '')] ?? 'document';
}

export const TEMPLATES: Record<string, Template> = {
  login_code: {
    description: '登录短信验证码',
    sms: (p) => `【PolicyHub】您的登录验证码为 ${p.code}，5 分钟内有效。如非本人操作请忽略。`,
    secret: ['code'],
    en: {
      sms: (p) =>
        `[PolicyHub] Your login code is ${p.code}, valid for 5 minutes. If you did not request it, ignore this message.`,
    },
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
    en: {
      sms: (p) =>
        `[PolicyHub] Your account is open: user name ${p.username}, initial password ${p.password}. Sign in at ${p.url} and change the password.`,
      email: {
        subject: () => '[PolicyHub] Your account is open',
        text: (p) =>
          `Hello,\n\nYour PolicyHub account is open.\nUser name: ${p.username}\nInitial password: ${p.password}\nSign in at: ${p.url}\n\nYou must change the password when you first sign in. If you did not ask for this account, ignore this e-mail.\n\nPolicyHub`,
      },
    },
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
    en: {
      sms: (p) =>
        `[PolicyHub] The password of ${p.username} was reset; new initial password ${p.password}. Sign in at ${p.url} and change it.`,
      email: {
        subject: () => '[PolicyHub] Your password was reset',
        text: (p) =>
          `Hello,\n\nAn administrator reset the password of your PolicyHub account ${p.username}.\nNew initial password: ${p.password}\nSign in at: ${p.url}\n\nYou must change the password after signing in. For questions, contact your administrator.\n\nPolicyHub`,
      },
    },
  },
  e_policy: {
    description:
      '电子保单/批单邮件（附 PDF）：kind、kindLabel、documentNo、policyNo、productName、verifyUrl、url',
    email: {
      subject: (p) => `【PolicyHub】您的${p.kindLabel}${p.policyNo ? `（保单号 ${p.policyNo}）` : ''}`,
      text: (p) =>
        `您好：\n\n附件是您的${p.kindLabel}${p.productName ? `（${p.productName}）` : ''}，档案号 ${p.documentNo}${p.policyNo ? `，保单号 ${p.policyNo}` : ''}。\n` +
        `该文件带有保险公司的电子签章，与纸质单证具有同等法律效力。\n\n` +
        `验真：扫描文件上的二维码或打开 ${p.verifyUrl} 查看当前状态；也可在 ${p.url} 上传 PDF 验证文件是否被修改。\n\n` +
        `PolicyHub 保单通平台`,
    },
    en: {
      email: {
        subject: (p) =>
          `[PolicyHub] Your ${kindInEnglish(p)}${p.policyNo ? ` (policy no. ${p.policyNo})` : ''}`,
        text: (p) =>
          `Hello,\n\nAttached is your ${kindInEnglish(p)}${p.productName ? ` ("${p.productName}")` : ''}, archive no. ${p.documentNo}${p.policyNo ? `, policy no. ${p.policyNo}` : ''}.\n` +
          `It carries the insurer's electronic seal and has the same legal effect as a paper document.\n\n` +
          `To verify it, scan the QR code on the file or open ${p.verifyUrl} for its current status; you can also upload the PDF at ${p.url} to check that it was not changed.\n\n` +
          `PolicyHub`,
      },
    },
  },
  notice: {
    description: '通用通知（标题 title、正文 content）',
    sms: (p) => `【PolicyHub】${p.content}`,
    email: {
      subject: (p) => `【PolicyHub】${p.title ?? '通知'}`,
      text: (p) => `您好：\n\n${p.content}\n\nPolicyHub 保单通平台`,
    },
    en: {
      sms: (p) => `[PolicyHub] ${p.content}`,
      email: {
        subject: (p) => `[PolicyHub] ${p.title ?? 'Notice'}`,
        text: (p) => `Hello,\n\n${p.content}\n\nPolicyHub`,
      },
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
    en: {
      email: {
        subject: () => '[PolicyHub] Company registration approved',
        text: (p) =>
          `Hello,\n\nThe registration of "${p.companyName}" on the PolicyHub insurance exchange has been approved.\nUser name: ${p.username}\nSign in at: ${p.url}\n\nSign in to the company center with the password you set when registering.\n\nPolicyHub`,
      },
    },
  },
  enterprise_registration_rejected: {
    description: '企业注册审核未通过：companyName、reason、url',
    email: {
      subject: () => '【PolicyHub】企业注册审核未通过',
      text: (p) =>
        `您好：\n\n很抱歉，「${p.companyName}」在 PolicyHub 保险交易平台的注册申请未通过审核。\n原因：${p.reason}\n\n如有疑问，请联系交易所管理员。\n\nPolicyHub 保单通平台`,
    },
    en: {
      email: {
        subject: () => '[PolicyHub] Company registration not approved',
        text: (p) =>
          `Hello,\n\nWe are sorry: the registration of "${p.companyName}" on the PolicyHub insurance exchange was not approved.\nReason: ${p.reason}\n\nFor questions, contact the exchange's administrator.\n\nPolicyHub`,
      },
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
    en: {
      email: {
        subject: (p) => `[PolicyHub] Group pre-underwriting request ${p.orderNo} (${p.companyName})`,
        text: (p) =>
          `Hello,\n\n"${p.companyName}" applies for group cover under "${p.productName}", order no. ${p.orderNo}, ${p.rosterCount} employees.\nAttached are the scans of the business licence, organization code and tax registration certificates, and the employee roster.\nAfter pre-underwriting, send the result back in the insurer console or through the API (application window and group invitation code, or the reason it failed).\n\nPolicyHub insurance exchange ${p.url}`,
      },
    },
  },
  exchange_pre_underwriting_passed: {
    description: '预核保通过通知企业：orderNo、companyName、productName、windowStart、windowEnd、url',
    email: {
      subject: (p) => `【PolicyHub】订单 ${p.orderNo} 预核保通过`,
      text: (p) =>
        `您好：\n\n「${p.companyName}」投保「${p.productName}」的订单 ${p.orderNo} 已通过预核保。\n员工投保期：${p.windowStart} 至 ${p.windowEnd}。\n平台将为名单中的员工开通个人账号并短信通知，您可在企业中心查看员工投保情况。\n登录地址：${p.url}\n\nPolicyHub 保单通平台`,
    },
    en: {
      email: {
        subject: (p) => `[PolicyHub] Order ${p.orderNo} passed pre-underwriting`,
        text: (p) =>
          `Hello,\n\nOrder ${p.orderNo} of "${p.companyName}" for "${p.productName}" passed pre-underwriting.\nEmployees can apply from ${p.windowStart} to ${p.windowEnd}.\nThe platform opens personal accounts for the employees on the roster and tells them by SMS; you can follow their applications in the company center.\nSign in at: ${p.url}\n\nPolicyHub`,
      },
    },
  },
  exchange_pre_underwriting_failed: {
    description: '预核保未通过通知企业：orderNo、companyName、productName、reason、url',
    email: {
      subject: (p) => `【PolicyHub】订单 ${p.orderNo} 预核保未通过`,
      text: (p) =>
        `您好：\n\n很抱歉，「${p.companyName}」投保「${p.productName}」的订单 ${p.orderNo} 未通过预核保。\n原因：${p.reason}\n\n详情请登录企业中心查看：${p.url}\n\nPolicyHub 保单通平台`,
    },
    en: {
      email: {
        subject: (p) => `[PolicyHub] Order ${p.orderNo} did not pass pre-underwriting`,
        text: (p) =>
          `Hello,\n\nWe are sorry: order ${p.orderNo} of "${p.companyName}" for "${p.productName}" did not pass pre-underwriting.\nReason: ${p.reason}\n\nDetails in the company center: ${p.url}\n\nPolicyHub`,
      },
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
    en: {
      sms: (p) =>
        fitSms(
          (product) =>
            `[PolicyHub] ${clip(p.name, 12)}: apply for "${product}" by ${p.windowEnd} at ${p.url}, user ${p.username}, password ${p.password}`,
          p.productName,
        ),
    },
  },
  exchange_invitation_existing: {
    description:
      '员工投保邀请（已有账号）：name、companyName、productName、windowStart、windowEnd、username、url',
    sms: (p) =>
      `【PolicyHub】${p.name}，${p.companyName}邀您投保「${p.productName}」（${p.windowStart}至${p.windowEnd}）。请用账号 ${p.username} 或本手机号登录${p.url}。`,
    en: {
      sms: (p) =>
        fitSms(
          (product) =>
            `[PolicyHub] ${clip(p.name, 12)}: apply for "${product}" by ${p.windowEnd}. Sign in at ${p.url} as ${p.username} or with this mobile.`,
          p.productName,
        ),
    },
  },
  exchange_reminder: {
    description: '提醒员工投保：name、companyName、productName、windowEnd、url',
    sms: (p) =>
      `【PolicyHub】${p.name}您好，${p.companyName}提醒您：税优健康险「${p.productName}」投保将于 ${p.windowEnd} 截止，请登录 ${p.url} 完成投保。`,
    en: {
      sms: (p) =>
        fitSms(
          (product) =>
            `[PolicyHub] ${clip(p.name, 12)}, a reminder: applications for "${product}" close on ${p.windowEnd}. Apply at ${p.url}`,
          p.productName,
        ),
    },
  },
  // The applicant's result (EX-8), sent once per application (dedupe key) when the insurer's
  // decision lands, in the same transaction: on issue with the policy, on a decline with its reason.
  exchange_policy_issued: {
    description:
      '个人投保已承保出单：name、productName、policyNo、startsOn、endsOn、premium（元）、sumInsured（元）、url',
    sms: (p) =>
      fitSms(
        (product) =>
          `【PolicyHub】${clip(p.name, 6)}，您投保的「${product}」已承保，保单号${p.policyNo}，${p.startsOn}起保，年保费${p.premium}元。请登录${p.url}下载电子保单`,
        p.productName,
      ),
    email: {
      subject: (p) => `【PolicyHub】您的保单已出单（保单号 ${p.policyNo}）`,
      text: (p) =>
        `${p.name}，您好：\n\n您投保的「${p.productName}」已由保险公司承保出单。\n保单号：${p.policyNo}\n保险期间：${p.startsOn} 至 ${p.endsOn}\n年保费：${p.premium} 元\n保险金额：${p.sumInsured} 元\n\n附件是带有保险公司电子签章的电子保单，也可登录 ${p.url} 在“我的保单”中下载。\n\nPolicyHub 保单通平台`,
    },
    en: {
      sms: (p) =>
        fitSms(
          (product) =>
            `[PolicyHub] Policy ${p.policyNo} ("${product}") issued for ${clip(p.name, 12)}, from ${p.startsOn}. Download: ${p.url}`,
          p.productName,
        ),
      email: {
        subject: (p) => `[PolicyHub] Your policy ${p.policyNo} is issued`,
        text: (p) =>
          `Dear ${p.name},\n\n"${p.productName}" has been underwritten and issued by the insurer.\nPolicy no.: ${p.policyNo}\nPeriod: ${p.startsOn} to ${p.endsOn}\nAnnual premium: CNY ${p.premium}\nSum insured: CNY ${p.sumInsured}\n\nThe e-policy with the insurer's electronic seal is attached; you can also download it under My policies at ${p.url}.\n\nPolicyHub`,
      },
    },
  },
  exchange_application_declined: {
    description: '个人投保未通过核保：name、productName、applicationNo、reason、url',
    sms: (p) =>
      fitSms(
        (reason) =>
          `【PolicyHub】${clip(p.name, 6)}，很抱歉，您投保的「${clip(p.productName, 14)}」未通过保险公司核保，原因：${reason}。详情请登录${p.url}查看`,
        p.reason,
      ),
    email: {
      subject: (p) => `【PolicyHub】投保申请 ${p.applicationNo} 未通过核保`,
      text: (p) =>
        `${p.name}，您好：\n\n很抱歉，您投保「${p.productName}」的申请（投保单号 ${p.applicationNo}）未通过保险公司核保。\n原因：${p.reason}\n\n详情请登录 ${p.url} 查看。如有疑问，请联系您的单位经办人或保险公司。\n\nPolicyHub 保单通平台`,
    },
    en: {
      sms: (p) =>
        fitSms(
          (reason) =>
            `[PolicyHub] ${clip(p.name, 12)}, sorry: "${clip(p.productName, 24)}" was declined by the insurer: ${reason}. Details at ${p.url}`,
          p.reason,
        ),
      email: {
        subject: (p) => `[PolicyHub] Application ${p.applicationNo} declined`,
        text: (p) =>
          `Dear ${p.name},\n\nWe are sorry: your application ${p.applicationNo} for "${p.productName}" was declined by the insurer.\nReason: ${p.reason}\n\nDetails at ${p.url}. For questions, contact your employer's HR or the insurer.\n\nPolicyHub`,
      },
    },
  },
};
