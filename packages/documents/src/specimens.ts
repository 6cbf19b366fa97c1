import type {
  DocumentDataMap,
  DocumentKind,
  InsuredPerson,
  InsurerInfo,
  ProductLine,
} from './document-data.js';

const SURNAMES = [
  ...'张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '文博',
  '思远',
  '雨萱',
  '子涵',
  '浩然',
  '欣怡',
];

/** Fictional insured persons with masked ID numbers, for specimens and tests. */
export function specimenInsured(count: number, plan = '计划一'): InsuredPerson[] {
  const out: InsuredPerson[] = [];
  for (let i = 0; i < count; i++) {
    const surname = SURNAMES[i % SURNAMES.length] ?? '张';
    const given = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] ?? '伟';
    const male = i % 2 === 0;
    const year = 1960 + (i % 45);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    out.push({
      name: `${surname}${given}`,
      idType: '居民身份证',
      idNo: `110101********${String(i % 10_000).padStart(4, '0')}`,
      gender: male ? '男' : '女',
      birthDate: `${year}-${month}-${day}`,
      plan,
      sumInsured: 300_000,
      premium: 30,
    });
  }
  return out;
}

const INSURER: InsurerInfo = {
  name: '某某财产保险股份有限公司北京分公司',
  uscc: '91110108MA01ABCD5T',
  phone: '95500',
  address: '北京市海淀区中关村大街 1 号',
  postcode: '100080',
  website: 'https://www.example-insurer.cn',
};

function policy(line: ProductLine = 'TRAVEL', insuredCount = 12): DocumentDataMap['policy'] {
  const insured = specimenInsured(insuredCount);
  return {
    documentId: 'doc_01J9SPECIMENPOLICY0001',
    policyNo: 'PH2025110100012345',
    productLine: line,
    productName: '旅行社组团旅游意外伤害保险（境内）',
    applicationNo: 'TB2025110100000888',
    confirmedAt: new Date('2025-11-01T02:30:00Z'),
    issuedAt: '2025-11-01',
    insurer: INSURER,
    policyholder: {
      name: '北京某某国际旅行社有限公司',
      idType: '统一社会信用代码',
      idNo: '91110105MA00XY1234',
      phone: '010-8888****',
      contact: '王*',
      address: '北京市朝阳区建国路 88 号',
    },
    insuredSubject: [
      { label: '旅游团号', value: 'BJ-YN-20251105-07' },
      { label: '行程', value: '北京—昆明—大理—丽江' },
      { label: '出发日期', value: '2025年11月05日' },
      { label: '行程天数', value: '6 天' },
    ],
    insured,
    coverages: [
      {
        name: '意外身故、残疾',
        sumInsured: 300_000,
        premium: insuredCount * 20,
        description: '每人保险金额',
      },
      {
        name: '意外医疗',
        sumInsured: 30_000,
        premium: insuredCount * 8,
        deductible: '100 元',
        description: '赔付比例 90%',
      },
      { name: '紧急救援及转运', sumInsured: 50_000, premium: insuredCount * 2 },
    ],
    totalPremium: insuredCount * 30,
    period: { start: '2025-11-05', end: '2025-11-10' },
    specialAgreements: [
      '本保单承保被保险人参加投保人组织的旅游团期间遭受的意外伤害，行程以投保人提交的行程单为准。',
      '被保险人年龄超过 75 周岁的，意外身故、残疾保险金额按 50% 给付。',
    ],
    disputeResolution: '因履行本合同发生的争议，由当事人协商解决；协商不成的，提交北京仲裁委员会仲裁。',
  };
}

function motorPolicy(): DocumentDataMap['policy'] {
  const { website: _website, postcode: _postcode, ...insurer } = INSURER;
  return {
    documentId: 'doc_01J9SPECIMENMOTOR00001',
    policyNo: 'PDAA2025110100004321',
    productLine: 'MOTOR',
    productName: '机动车交通事故责任强制保险',
    applicationNo: 'TB2025110100000999',
    confirmedAt: new Date('2025-11-01T01:10:00Z'),
    issuedAt: '2025-11-01',
    insurer,
    policyholder: { name: '李*', idType: '居民身份证', idNo: '110101********0023', phone: '138****8000' },
    insuredSubject: [
      { label: '被保险人', value: '李*' },
      { label: '号牌号码', value: '京AD12345' },
      { label: '车辆识别代号', value: 'LGBH52E02MY000123' },
      { label: '发动机号', value: 'TZ220XS0001234' },
      { label: '厂牌型号', value: '比亚迪 BYD7005BEV 纯电动轿车', wide: true },
      { label: '使用性质', value: '家庭自用' },
      { label: '核定载客', value: '5 人' },
    ],
    coverages: [
      { name: '死亡伤残赔偿限额', sumInsured: 180_000, description: '被保险人有责' },
      { name: '医疗费用赔偿限额', sumInsured: 18_000, description: '被保险人有责' },
      { name: '财产损失赔偿限额', sumInsured: 2_000, description: '被保险人有责' },
      {
        name: '无责任赔偿限额（伤残/医疗/财产）',
        sumInsured: '18,000/1,800/100',
        description: '被保险人无责',
      },
    ],
    totalPremium: 950,
    period: { start: '2025-11-02', end: '2026-11-01' },
    disputeResolution: '因履行本合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。',
    vehicleTax: [
      { label: '税款所属期', value: '2025年11月—2026年10月' },
      { label: '当年应缴', value: '¥0.00（新能源汽车免征）' },
    ],
  };
}

function endorsement(): DocumentDataMap['endorsement'] {
  return {
    documentId: 'doc_01J9SPECIMENENDORSE0001',
    endorsementNo: 'PD2025110300000321',
    policyNo: 'PH2025110100012345',
    productName: '旅行社组团旅游意外伤害保险（境内）',
    confirmedAt: new Date('2025-11-03T06:12:45Z'),
    insurer: INSURER,
    policyholder: { name: '北京某某国际旅行社有限公司' },
    endorsementType: '被保险人增减',
    reason: '旅游团成员变动',
    appliedAt: new Date('2025-11-03T05:50:00Z'),
    effectiveAt: '2025-11-05',
    wording: [
      '兹经投保人申请，本公司同意自 2025年11月05日零时起，本保单被保险人清单作如下变更：新增被保险人 2 人，减少被保险人 1 人。',
      '因上述变更，本公司加收保险费人民币叁拾元整。',
    ],
    changes: [{ item: '被保险人人数', before: '12 人', after: '13 人' }],
    premiumChange: 30,
    insuredAdded: specimenInsured(2).map((p, i) => ({ ...p, name: ['欧阳明', '司马静'][i] ?? p.name })),
    insuredRemoved: specimenInsured(1),
  };
}

function application(): DocumentDataMap['application'] {
  return {
    documentId: 'doc_01J9SPECIMENAPPLY00001',
    applicationNo: 'TB2025110100000999',
    formVersion: 'NEW_ENERGY',
    confirmedAt: new Date('2025-11-01T01:05:00Z'),
    insurer: INSURER,
    solvency: [
      { label: '综合偿付能力充足率', value: '231.5%' },
      { label: '核心偿付能力充足率', value: '198.2%' },
      { label: '最近一期风险综合评级', value: 'A 类' },
      { label: '数据期间', value: '2025 年第 3 季度' },
    ],
    applicant: {
      name: '李*',
      idType: '居民身份证',
      idNo: '110101********0023',
      phone: '138****8000',
      address: '北京市西城区金融大街 9 号',
    },
    insured: { name: '李*', idType: '居民身份证', idNo: '110101********0023', phone: '138****8000' },
    owner: { name: '李*', idType: '居民身份证', idNo: '110101********0023' },
    vehicle: {
      plateNo: '京AD12345',
      vin: 'LGBH52E02MY000123',
      engineNo: 'TZ220XS0001234',
      brandModel: '比亚迪 BYD7005BEV 纯电动轿车',
      vehicleType: '小型普通客车',
      useNature: '家庭自用',
      seats: 5,
      registrationDate: '2023-05-18',
      newCarPrice: 189_800,
      energyType: '纯电动',
    },
    compulsory: {
      period: { start: '2025-11-02', end: '2026-11-01' },
      limits: [
        { name: '死亡伤残赔偿限额', amount: 180_000 },
        { name: '医疗费用赔偿限额', amount: 18_000 },
        { name: '财产损失赔偿限额', amount: 2_000 },
        { name: '无责任死亡伤残赔偿限额', amount: 18_000 },
        { name: '无责任医疗费用赔偿限额', amount: 1_800 },
        { name: '无责任财产损失赔偿限额', amount: 100 },
      ],
      premium: 950,
    },
    vehicleTax: [
      { label: '纳税人识别号', value: '110101********0023' },
      { label: '税款所属期', value: '2025年11月—2026年10月' },
      { label: '当年应缴', value: '¥0.00（新能源汽车免征）' },
      { label: '合计', value: '¥0.00' },
    ],
    commercial: {
      period: { start: '2025-11-02', end: '2026-11-01' },
      coverages: [
        { name: '新能源汽车损失保险', sumInsured: 150_000, premium: 2_356.8 },
        { name: '新能源汽车第三者责任保险', sumInsured: 2_000_000, premium: 1_102.5 },
        { name: '新能源汽车车上人员责任保险（司机）', sumInsured: 20_000, premium: 42.6 },
        { name: '新能源汽车车上人员责任保险（乘客）', sumInsured: '20,000 元 × 4 座', premium: 108.4 },
      ],
      premium: 3_610.3,
    },
    totalPremium: 4_560.3,
    specialAgreements: ['本车充电桩损失不在本保单保障范围内，可另行投保附加险。'],
    disputeResolution: '因履行本合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。',
    businessSource: [
      { label: '业务来源', value: '个人代理' },
      { label: '代理人', value: '赵*' },
      { label: '执业证编号', value: '0201100000****' },
      { label: '承保机构', value: '某某财产保险股份有限公司北京分公司' },
    ],
    applicantSignature: { name: '李*', signedAt: new Date('2025-11-01T01:04:31Z') },
  };
}

function termination(): DocumentDataMap['termination'] {
  return {
    documentId: 'doc_01J9SPECIMENTERMIN0001',
    requestNo: 'ZZ2025112000000042',
    policyNo: 'PH2025010100007777',
    productName: '个人税收优惠型健康保险（万能型）',
    insurer: INSURER,
    policyholder: {
      name: '北京某某科技有限公司',
      idType: '统一社会信用代码',
      idNo: '91110108MA01ABCD5T',
      phone: '010-6666****',
    },
    appliedAt: new Date('2025-11-20T03:00:00Z'),
    terminationDate: '2025-11-30',
    reason: '员工离职，单位不再为其投保。',
    insured: specimenInsured(3, '税优计划 A'),
    refund: {
      amount: 1_234.56,
      accountName: '北京某某科技有限公司',
      bankName: '中国工商银行北京中关村支行',
      accountNo: '0200 **** **** 1234',
    },
    reviewOpinion: '同意，按条款退还未满期保险费。',
  };
}

function reconciliation(count = 25): DocumentDataMap['reconciliation'] {
  const items = Array.from({ length: count }, (_, i) => ({
    policyNo: `PH202510${String(i + 1).padStart(10, '0')}`,
    policyholder: '北京某某国际旅行社有限公司',
    issuedAt: `2025-10-${String((i % 28) + 1).padStart(2, '0')}`,
    period: `10/${(i % 28) + 1}—10/${Math.min(31, (i % 28) + 6)}`,
    insuredCount: 10 + (i % 30),
    premium: (10 + (i % 30)) * 30,
    commission: (10 + (i % 30)) * 30 * 0.15,
    status: i % 9 === 8 ? '已退保' : '有效',
  }));
  const premium = items.reduce((n, x) => n + x.premium, 0);
  const commission = items.reduce((n, x) => n + x.commission, 0);
  return {
    documentId: 'doc_01J9SPECIMENRECON00001',
    statementNo: 'DZ202510-BJ-0007',
    confirmedAt: new Date('2025-11-01T00:00:00Z'),
    period: { start: '2025-10-01', end: '2025-10-31' },
    counterparty: {
      name: '北京某某国际旅行社有限公司',
      code: 'TA-BJ-0007',
      contact: '王*',
      phone: '010-8888****',
    },
    insurer: INSURER,
    items,
    summary: { count: items.length, premium, commission, payable: premium - commission },
    notes: ['结算款请于 2025年11月15日前汇入保险人指定账户，汇款时请注明对账单号。'],
  };
}

function receipt(): DocumentDataMap['receipt'] {
  return {
    documentId: 'doc_01J9SPECIMENRECEIPT001',
    receiptNo: 'SJ2025110100003456',
    confirmedAt: new Date('2025-11-01T02:31:10Z'),
    payer: { name: '北京某某国际旅行社有限公司' },
    payee: INSURER,
    amount: 360,
    purpose: '保险费',
    policyNo: 'PH2025110100012345',
    paymentMethod: '对公转账',
    transactionNo: 'T20251101103110000123',
    paidAt: new Date('2025-11-01T02:31:02Z'),
    items: [{ name: '旅行社组团旅游意外伤害保险（境内）保险费', amount: 360, remark: '12 人' }],
  };
}

/** Fictional data for each kind, used for specimens (with the watermark) and tests. */
export function specimenData<K extends DocumentKind>(
  kind: K,
  options: { insuredCount?: number; productLine?: ProductLine } = {},
): DocumentDataMap[K] {
  const byKind: { [P in DocumentKind]: () => DocumentDataMap[P] } = {
    policy: () =>
      options.productLine === 'MOTOR' && options.insuredCount === undefined
        ? motorPolicy()
        : policy(options.productLine, options.insuredCount),
    endorsement,
    application,
    termination,
    reconciliation: () => reconciliation(options.insuredCount),
    receipt,
  };
  return byKind[kind]() as DocumentDataMap[K];
}
