import type { DocumentKind, MotorFormVersion, ProductLine } from './document-data.js';
import type { BlockSpec, ColumnSpec, DocumentTemplate, FieldSpec } from './template.js';

const VERIFY_NOTICE =
  '本文件为电子单证，经签发方可靠电子签名，与纸质单证具有同等法律效力。扫描右上角二维码或登录 PolicyHub 保单通“单证验真”页面上传本文件，可核验签名及保单状态；对文件的任何改动都会使签名验证失败。';

const PARTY_FIELDS = (prefix: string, nameLabel: string): FieldSpec[] => [
  { label: nameLabel, path: `${prefix}.name` },
  { label: '证件类型', path: `${prefix}.idType`, optional: true },
  { label: '证件号码', path: `${prefix}.idNo`, optional: true },
  { label: '联系电话', path: `${prefix}.phone`, optional: true },
  { label: '电子邮箱', path: `${prefix}.email`, optional: true },
  { label: '联系人', path: `${prefix}.contact`, optional: true },
  { label: '地址', path: `${prefix}.address`, optional: true, wide: true },
];

const INSURER_FIELDS: FieldSpec[] = [
  { label: '保险人', path: 'insurer.name', wide: true },
  { label: '统一社会信用代码', path: 'insurer.uscc', optional: true },
  { label: '客服电话', path: 'insurer.phone', optional: true },
  { label: '地址', path: 'insurer.address', optional: true, wide: true },
  { label: '邮政编码', path: 'insurer.postcode', optional: true },
  { label: '网址', path: 'insurer.website', optional: true },
];

/** The insurer's seal beside its details (policy, endorsement). */
const INSURER_SEAL = { namePath: 'insurer.name' };

const INSURED_COLUMNS: ColumnSpec[] = [
  { header: '姓名', path: 'name', width: 1.3 },
  { header: '证件类型', path: 'idType', width: 1.35, align: 'center' },
  { header: '证件号码', path: 'idNo', width: 2.3 },
  { header: '性别', path: 'gender', width: 0.7, align: 'center' },
  { header: '出生日期', path: 'birthDate', width: 1.45, align: 'center', format: 'shortDate' },
  // Wide enough for a product name in two or three lines (the plan of a one-plan product).
  { header: '保障方案', path: 'plan', width: 2, optional: true },
  { header: '保险金额', path: 'sumInsured', width: 1.65, align: 'right', format: 'money', optional: true },
  { header: '保险费(元)', path: 'premium', width: 1.35, align: 'right', format: 'money', optional: true },
];

const COVERAGE_COLUMNS: ColumnSpec[] = [
  { header: '险种 / 保险责任', path: 'name', width: 3 },
  { header: '保险金额 / 责任限额', path: 'sumInsured', width: 1.9, align: 'right', format: 'money' },
  { header: '保险费(元)', path: 'premium', width: 1.4, align: 'right', format: 'money' },
  { header: '免赔额(率)', path: 'deductible', width: 1.3, align: 'center' },
  { header: '说明', path: 'description', width: 2.6 },
];

const COMMON_POLICY_NOTES = [
  '本保险单为电子保险单，由保险人使用可靠电子签名签发，与纸质保险单具有同等法律效力。',
  '收到本保险单后请即核对，如有错误或遗漏，请及时通知保险人并办理批改手续。',
  '保险合同由保险条款、投保单、保险单、批单及特别约定组成。请详细阅读保险条款，特别是责任免除、投保人及被保险人义务、赔偿处理等内容。',
  '保险期间内，保险标的的危险程度显著增加、保险标的转让或投保人、被保险人的联系方式变更的，应当及时通知保险人。',
  '发生保险事故后，请及时拨打保险人客服电话{{insurer.phone}}报案，并按条款约定提供索赔材料。',
];

const LINE_NOTES: Record<ProductLine, string[]> = {
  TAX_HEALTH: [
    '本产品为个人税收优惠型健康保险，保险费可按国家规定在个人所得税税前扣除；请妥善保管本保险单以备税务查验。',
    '投保人变更任职单位或停止缴费的，请及时通知保险人办理相关手续。',
  ],
  MUTUAL_AID: [
    '本保障为职工互助保障，参加人员以工会提交的名单为准；人员增减以批单为准。',
    '申请互助金须经所在单位工会核实后提交。',
  ],
  TRAVEL: [
    '本保险仅承保旅行团在保险期间内的旅行活动，被保险人以旅行社提交的名单为准。',
    '境外出险请第一时间联系保险人全球救援电话，未经同意自行支付的费用可能无法全额赔付。',
  ],
  MOTOR: [
    '被保险机动车转让的，应当及时通知保险人办理批改手续。',
    '交强险保险单须随车携带，以备交通管理部门查验；代收车船税以税务机关规定为准。',
  ],
};

function policyTemplate(line?: ProductLine): DocumentTemplate {
  const blocks: BlockSpec[] = [
    { type: 'fields', title: '投保人信息', fields: PARTY_FIELDS('policyholder', '投保人') },
    { type: 'labeled-values', title: '保险标的信息', path: 'insuredSubject', when: 'insuredSubject' },
    {
      type: 'table',
      title: '被保险人清单',
      path: 'insured',
      columns: INSURED_COLUMNS,
      numbered: true,
      when: 'insured',
      countUnit: '人',
    },
    {
      type: 'table',
      title: '保险责任及保险期间',
      path: 'coverages',
      columns: COVERAGE_COLUMNS,
      numbered: true,
      // The period of cover sits under the cover table, as on paper policies.
      summary: [
        { label: '保险期间', path: 'period', format: 'period' },
        { label: '保险费合计', path: 'totalPremium', format: 'moneyWithWords' },
      ],
    },
    { type: 'paragraphs', title: '特别约定', path: 'specialAgreements', numbered: true, text: ['无。'] },
    { type: 'paragraphs', title: '保险合同争议处理方式', path: 'disputeResolution' },
    { type: 'labeled-values', title: '代收车船税信息', path: 'vehicleTax', when: 'vehicleTax' },
    { type: 'field-groups', path: 'extraSections' },
    {
      type: 'fields',
      title: '保险人信息',
      seal: INSURER_SEAL,
      fields: [
        ...INSURER_FIELDS,
        { label: '签单日期', path: 'issuedAt', format: 'date', optional: true },
        { label: '投保单号', path: 'applicationNo', optional: true },
      ],
    },
    {
      type: 'paragraphs',
      title: '重要提示',
      path: 'notes',
      numbered: true,
      small: true,
      text: [...COMMON_POLICY_NOTES, ...(line ? LINE_NOTES[line] : [])],
    },
  ];
  return {
    kind: 'policy',
    title: line === 'MOTOR' ? '机动车保险电子保险单' : '电子保险单',
    subtitlePath: 'productName',
    documentNoLabel: '保单号',
    documentNoPath: 'policyNo',
    confirmedAtLabel: '确认时间',
    notice: VERIFY_NOTICE,
    blocks,
  };
}

const endorsementTemplate: DocumentTemplate = {
  kind: 'endorsement',
  title: '电子批单',
  subtitlePath: 'productName',
  documentNoLabel: '批单号',
  documentNoPath: 'endorsementNo',
  confirmedAtLabel: '确认时间',
  headerFields: [{ label: '保单号', path: 'policyNo' }],
  notice: VERIFY_NOTICE,
  blocks: [
    {
      type: 'fields',
      title: '批改信息',
      fields: [
        { label: '投保人', path: 'policyholder.name' },
        { label: '批改类型', path: 'endorsementType' },
        { label: '申请时间', path: 'appliedAt', format: 'datetime', optional: true },
        { label: '批改生效时间', path: 'effectiveAt', format: 'datetime' },
        { label: '批改原因', path: 'reason', optional: true, wide: true },
        { label: '保险费变化', path: 'premiumChange', format: 'premiumChange', optional: true, wide: true },
      ],
    },
    { type: 'paragraphs', title: '批文', path: 'wording' },
    {
      type: 'table',
      title: '批改内容',
      path: 'changes',
      when: 'changes',
      numbered: true,
      columns: [
        { header: '批改项目', path: 'item', width: 2 },
        { header: '批改前', path: 'before', width: 3 },
        { header: '批改后', path: 'after', width: 3 },
      ],
    },
    {
      type: 'table',
      title: '新增被保险人',
      path: 'insuredAdded',
      when: 'insuredAdded',
      numbered: true,
      countUnit: '人',
      columns: INSURED_COLUMNS,
    },
    {
      type: 'table',
      title: '减少被保险人',
      path: 'insuredRemoved',
      when: 'insuredRemoved',
      numbered: true,
      countUnit: '人',
      columns: INSURED_COLUMNS,
    },
    { type: 'field-groups', path: 'extraSections' },
    { type: 'fields', title: '保险人信息', fields: INSURER_FIELDS, seal: INSURER_SEAL },
    {
      type: 'paragraphs',
      title: '重要提示',
      path: 'notes',
      numbered: true,
      small: true,
      text: [
        '本批单为电子批单，由保险人使用可靠电子签名签发，与纸质批单具有同等法律效力，是保险合同的组成部分。',
        '除本批单所列批改内容外，保险合同其他内容不变。',
        '如对批改内容有异议，请于收到本批单之日起及时拨打保险人客服电话{{insurer.phone}}与保险人联系。',
      ],
    },
  ],
};

const APPLICATION_TITLES: Record<MotorFormVersion, string> = {
  ORDINARY: '机动车商业保险机动车交通事故责任强制保险投保单',
  SPECIAL_VEHICLE: '特种车商业保险机动车交通事故责任强制保险投保单',
  MOTORCYCLE_TRACTOR: '摩托车、拖拉机商业保险机动车交通事故责任强制保险投保单',
  SINGLE_TRIP: '机动车单程提车保险机动车交通事故责任强制保险投保单',
  NEW_ENERGY: '新能源汽车商业保险机动车交通事故责任强制保险投保单',
};

const PARTY_COLUMNS: ColumnSpec[] = [
  { header: '名称 / 姓名', path: 'name', width: 2 },
  { header: '证件类型', path: 'idType', width: 1.3, align: 'center' },
  { header: '证件号码', path: 'idNo', width: 2.6 },
  { header: '联系电话', path: 'phone', width: 1.7 },
  { header: '地址', path: 'address', width: 3 },
];

function applicationTemplate(version: MotorFormVersion): DocumentTemplate {
  return {
    kind: 'application',
    title: APPLICATION_TITLES[version],
    documentNoLabel: '投保单号',
    documentNoPath: 'applicationNo',
    confirmedAtLabel: '确认时间',
    notice:
      '本投保单为电子投保单，经投保人电子签名确认后生效并归档。投保人签名前须阅读保险条款、费率浮动告知、免责说明、实名缴费授权声明、个人信息保护政策及个人信息处理授权书。',
    blocks: [
      {
        type: 'paragraphs',
        title: '投保提示',
        path: 'tips',
        numbered: true,
        small: true,
        text: [
          '本投保单由投保人如实、完整填写（或确认），并由投保人签名确认。',
          '投保人应当如实告知保险人就保险标的或被保险人的有关情况提出的询问，否则保险人有权依法解除保险合同或不承担赔偿责任。',
          '请仔细阅读保险条款，特别是责任免除、免赔额（率）、投保人及被保险人义务等免除或减轻保险人责任的条款，并听取保险人的说明。',
          '交强险保险费按照国务院保险监督管理机构批准的费率方案计算，并根据道路交通安全违法行为和交通事故记录实行费率浮动。',
        ],
      },
      {
        type: 'labeled-values',
        title: '保险人偿付能力告知',
        path: 'solvency',
        intro: '根据监管规定，保险人须向投保人告知偿付能力信息。保险人最近季度偿付能力信息如下：',
      },
      {
        type: 'object-table',
        title: '投保单详情 · 客户信息',
        rows: [
          { label: '投保人', path: 'applicant' },
          { label: '被保险人', path: 'insured' },
          { label: '车主', path: 'owner' },
        ],
        columns: PARTY_COLUMNS,
      },
      {
        type: 'fields',
        title: '保险标的（车辆信息）',
        fields: [
          { label: '号牌号码', path: 'vehicle.plateNo' },
          { label: '车辆识别代号(VIN)', path: 'vehicle.vin' },
          { label: '发动机号', path: 'vehicle.engineNo' },
          { label: '厂牌型号', path: 'vehicle.brandModel', optional: true },
          { label: '车辆种类', path: 'vehicle.vehicleType', optional: true },
          { label: '使用性质', path: 'vehicle.useNature', optional: true },
          { label: '核定载客(人)', path: 'vehicle.seats', format: 'number', optional: true },
          { label: '核定载质量', path: 'vehicle.tonnage', optional: true },
          { label: '初次登记日期', path: 'vehicle.registrationDate', format: 'date', optional: true },
          { label: '新车购置价', path: 'vehicle.newCarPrice', format: 'money', optional: true },
          { label: '能源种类', path: 'vehicle.energyType', optional: true },
        ],
      },
      {
        type: 'fields',
        title: '机动车交通事故责任强制保险',
        when: 'compulsory',
        fields: [
          { label: '保险期间', path: 'compulsory.period', format: 'period', wide: true },
          { label: '交强险保险费', path: 'compulsory.premium', format: 'moneyWithWords', wide: true },
        ],
      },
      {
        type: 'table',
        title: '交强险责任限额',
        path: 'compulsory.limits',
        when: 'compulsory',
        columns: [
          { header: '责任限额项目', path: 'name', width: 3 },
          { header: '责任限额', path: 'amount', width: 2, align: 'right', format: 'money' },
        ],
      },
      { type: 'labeled-values', title: '代收车船税信息', path: 'vehicleTax', when: 'vehicleTax' },
      {
        type: 'fields',
        title: '机动车商业保险',
        when: 'commercial',
        fields: [
          { label: '保险期间', path: 'commercial.period', format: 'period', wide: true },
          { label: '商业险保险费', path: 'commercial.premium', format: 'moneyWithWords', wide: true },
        ],
      },
      {
        type: 'table',
        title: '商业险承保险种及保险金额',
        path: 'commercial.coverages',
        when: 'commercial',
        numbered: true,
        columns: COVERAGE_COLUMNS,
      },
      {
        type: 'fields',
        title: '保险费合计',
        fields: [{ label: '保险费合计', path: 'totalPremium', format: 'moneyWithWords', wide: true }],
      },
      { type: 'paragraphs', title: '特别约定', path: 'specialAgreements', numbered: true, text: ['无。'] },
      { type: 'paragraphs', title: '保险合同争议处理方式', path: 'disputeResolution' },
      { type: 'labeled-values', title: '业务来源', path: 'businessSource', when: 'businessSource' },
      { type: 'field-groups', path: 'extraSections' },
      {
        type: 'paragraphs',
        title: '投保人声明',
        path: 'declaration',
        text: [
          '保险人已向本人提供并详细介绍了所投保险种对应的保险条款，并对其中免除保险人责任的条款（包括但不限于责任免除、投保人被保险人义务、赔偿处理、其他事项等），以及本保险合同中付费约定和特别约定的内容向本人做了明确说明，本人已充分理解并接受上述内容，同意以此作为订立保险合同的依据，自愿投保上述险种。',
          '本人已如实告知保险人询问的事项，上述所填写（确认）的内容均属实。',
          '本人同意保险人通过短信、电子邮件等方式向本人发送电子保险单及相关通知。',
        ],
      },
      {
        type: 'signatures',
        title: '投保人签名',
        items: [
          {
            label: '投保人签名',
            namePath: 'applicantSignature.name',
            imagePath: 'applicantSignature.imagePng',
            datePath: 'applicantSignature.signedAt',
          },
          { label: '保险人（签章）', namePath: 'insurer.name', seal: true },
        ],
      },
    ],
  };
}

const terminationTemplate: DocumentTemplate = {
  kind: 'termination',
  title: '保单提前终止申请表',
  subtitlePath: 'productName',
  documentNoLabel: '申请编号',
  documentNoPath: 'requestNo',
  confirmedAtLabel: '申请时间',
  confirmedAtPath: 'appliedAt',
  headerFields: [{ label: '保单号', path: 'policyNo' }],
  notice:
    '投保人申请提前终止保险合同的，保险合同自约定的终止日期二十四时起终止，保险人按照保险条款约定退还未满期保险费。',
  blocks: [
    { type: 'fields', title: '投保人信息', fields: PARTY_FIELDS('policyholder', '投保人') },
    {
      type: 'fields',
      title: '终止信息',
      fields: [
        { label: '保单号', path: 'policyNo' },
        { label: '终止日期', path: 'terminationDate', format: 'date' },
        { label: '终止原因', path: 'reason', wide: true },
      ],
    },
    {
      type: 'table',
      title: '涉及被保险人',
      path: 'insured',
      when: 'insured',
      numbered: true,
      countUnit: '人',
      columns: INSURED_COLUMNS,
    },
    {
      type: 'fields',
      title: '退费信息',
      when: 'refund',
      fields: [
        { label: '应退保险费', path: 'refund.amount', format: 'moneyWithWords', wide: true, optional: true },
        { label: '账户名', path: 'refund.accountName', optional: true },
        { label: '开户银行', path: 'refund.bankName', optional: true },
        { label: '银行账号', path: 'refund.accountNo', optional: true, wide: true },
      ],
    },
    { type: 'field-groups', path: 'extraSections' },
    {
      type: 'paragraphs',
      title: '申请人声明',
      path: 'declaration',
      numbered: true,
      text: [
        '本人申请提前终止上述保险合同，已知悉终止后保险人对终止日期后发生的保险事故不承担保险责任。',
        '本人确认上述填写内容真实、准确，退费账户为投保人本人（本单位）账户。',
      ],
    },
    {
      type: 'fields',
      title: '保险人审核',
      fields: [
        { label: '保险人', path: 'insurer.name', wide: true },
        { label: '审核意见', path: 'reviewOpinion', wide: true },
      ],
    },
    {
      type: 'signatures',
      items: [
        { label: '投保人（签章）', namePath: 'policyholder.name', datePath: 'appliedAt' },
        { label: '保险人（签章）', namePath: 'insurer.name', text: '电子签章', seal: true },
      ],
    },
    { type: 'paragraphs', title: '备注', path: 'notes', when: 'notes', numbered: true, small: true },
  ],
};

const reconciliationTemplate: DocumentTemplate = {
  kind: 'reconciliation',
  title: '保险业务对账单',
  documentNoLabel: '对账单号',
  documentNoPath: 'statementNo',
  confirmedAtLabel: '生成时间',
  notice:
    '请核对本对账单所列业务明细及金额，如有差异请于收到之日起 5 个工作日内提出，逾期未提出的视为确认无误。',
  blocks: [
    {
      type: 'fields',
      title: '对账信息',
      fields: [
        { label: '对账单位', path: 'counterparty.name' },
        { label: '单位代码', path: 'counterparty.code', optional: true },
        { label: '联系人', path: 'counterparty.contact', optional: true },
        { label: '联系电话', path: 'counterparty.phone', optional: true },
        { label: '对账期间', path: 'period', format: 'period', wide: true },
        { label: '保险人', path: 'insurer.name', wide: true },
      ],
    },
    {
      type: 'fields',
      title: '汇总',
      fields: [
        { label: '业务笔数', path: 'summary.count', format: 'number' },
        { label: '保险费合计', path: 'summary.premium', format: 'money' },
        { label: '手续费合计', path: 'summary.commission', format: 'money', optional: true },
        { label: '退费合计', path: 'summary.refunds', format: 'money', optional: true },
        { label: '应结算金额', path: 'summary.payable', format: 'moneyWithWords', wide: true },
      ],
    },
    {
      type: 'table',
      title: '业务明细',
      path: 'items',
      numbered: true,
      countUnit: '笔',
      emptyText: '本期无业务',
      columns: [
        { header: '保单号', path: 'policyNo', width: 2.6 },
        { header: '投保人', path: 'policyholder', width: 2.2 },
        { header: '签单日期', path: 'issuedAt', width: 1.5, align: 'center', format: 'shortDate' },
        { header: '保险期间', path: 'period', width: 1.6 },
        { header: '人数', path: 'insuredCount', width: 0.7, align: 'right', format: 'number' },
        { header: '保险费', path: 'premium', width: 1.3, align: 'right', format: 'money' },
        { header: '手续费', path: 'commission', width: 1.2, align: 'right', format: 'money' },
        { header: '状态', path: 'status', width: 1.15, align: 'center' },
      ],
    },
    { type: 'field-groups', path: 'extraSections' },
    { type: 'paragraphs', title: '说明', path: 'notes', when: 'notes', numbered: true, small: true },
    {
      type: 'signatures',
      items: [
        { label: '对账单位确认（签章）', namePath: 'counterparty.name' },
        { label: '保险人（签章）', namePath: 'insurer.name', text: '电子签章', seal: true },
      ],
    },
  ],
};

const receiptTemplate: DocumentTemplate = {
  kind: 'receipt',
  title: '收据',
  documentNoLabel: '收据号',
  documentNoPath: 'receiptNo',
  confirmedAtLabel: '开具时间',
  notice: '本收据为电子收据，仅作为收款凭证，不作为报销凭证；如需发票请向收款单位申请开具。',
  blocks: [
    {
      type: 'fields',
      title: '收款信息',
      fields: [
        { label: '付款人', path: 'payer.name' },
        { label: '证件号码', path: 'payer.idNo', optional: true },
        { label: '收款单位', path: 'payee.name', wide: true },
        { label: '金额', path: 'amount', format: 'moneyWithWords', wide: true },
        { label: '款项说明', path: 'purpose', wide: true },
        { label: '保单号', path: 'policyNo', optional: true },
        { label: '支付方式', path: 'paymentMethod', optional: true },
        { label: '交易流水号', path: 'transactionNo', optional: true },
        { label: '支付时间', path: 'paidAt', format: 'datetime', optional: true },
      ],
    },
    {
      type: 'table',
      title: '收款明细',
      path: 'items',
      when: 'items',
      numbered: true,
      columns: [
        { header: '项目', path: 'name', width: 3 },
        { header: '金额(元)', path: 'amount', width: 1.5, align: 'right', format: 'money' },
        { header: '备注', path: 'remark', width: 3 },
      ],
    },
    { type: 'field-groups', path: 'extraSections' },
    { type: 'paragraphs', title: '备注', path: 'notes', when: 'notes', numbered: true, small: true },
    {
      type: 'signatures',
      items: [
        {
          label: '收款单位（签章）',
          namePath: 'payee.name',
          datePath: 'confirmedAt',
          text: '电子签章',
          seal: true,
        },
      ],
    },
  ],
};

/** The built-in template for a kind; the e-policy varies by product line, the application by form version. */
export function builtInTemplate(kind: DocumentKind, variant?: string): DocumentTemplate {
  switch (kind) {
    case 'policy':
      return policyTemplate(variant && variant in LINE_NOTES ? (variant as ProductLine) : undefined);
    case 'endorsement':
      return endorsementTemplate;
    case 'application':
      return applicationTemplate(
        variant && variant in APPLICATION_TITLES ? (variant as MotorFormVersion) : 'ORDINARY',
      );
    case 'termination':
      return terminationTemplate;
    case 'reconciliation':
      return reconciliationTemplate;
    case 'receipt':
      return receiptTemplate;
  }
}
