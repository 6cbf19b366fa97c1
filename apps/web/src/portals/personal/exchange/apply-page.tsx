import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import QRCode from 'qrcode';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Spin,
  Steps,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, ExportOutlined, LaptopOutlined, MobileOutlined } from '@ant-design/icons';
import { validateBankCard, validateEmail } from '@policyhub/domain';
import { BankCardNumberInput, BankSelect, useBankFromBin } from '../../../components/bank-card-fields';
import { useAddBankCard, useBankCards, useUpdateProfile, type ProfileInput } from '../../../api/me';
import { useApplications, useApply, useInvitations, useQuote, type Invitation } from '../../../api/exchange';
import { AgreementConsent } from '../../../components/agreement-consent';
import { InvitationStatusTag } from '../../../components/exchange';
import { ApplicationResult } from './application-result';
import { useCurrentUser } from '../../../components/guards';
import { formatDate, formatYuan } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { errorText } from '../../../error-text';
import { ruleReason, ruleWarnings, useI18n, type MessageKey } from '../../../i18n';
import { idFactsOf, personalInput, type PersonalValues } from '../identity';
import {
  MOBILE_CHANNEL_PARAM,
  MOBILE_CHANNEL_VALUE,
  mobileApplyUrl,
  mobileChannelView,
} from './mobile-channel';

const JOB_CATEGORIES = ['1', '2', '3', '4', '5', '6'] as const;
const NEW_CARD = 'new';

type Personal = PersonalValues & { email?: string };
type CardValues = { cardChoice: string; bankName?: string; cardNumber?: string };

/** The insurer's own application page, carrying the case reference. */
export function insurerRedirect(inv: Invitation): string | null {
  const base = inv.channels.insurerUrl;
  if (!base) return null;
  const sep = base.includes('?') ? '&' : '?';
  return `${base}${sep}ref=${encodeURIComponent(inv.orderNo)}`;
}

/** QR code of this page's own address, for finishing the application on a phone. */
function MobileQr({ url }: { url: string }) {
  const { t } = useI18n();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    QRCode.toDataURL(url, { margin: 1, width: 180 })
      .then(setSrc)
      .catch(() => setSrc(null));
  }, [url]);
  return (
    <Flex vertical align="center" gap={8} data-testid="channel-mobile" data-view="qr">
      {src ? (
        <img
          src={src}
          alt={t('channel.mobile')}
          width={180}
          height={180}
          data-testid="apply-qr"
          data-url={url}
        />
      ) : (
        <Spin />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
        {t('apply.qrHint')}
      </Typography.Text>
    </Flex>
  );
}

/** 手机投保: on a phone a link that continues here (a QR code cannot be scanned with itself). */
function MobileChannel() {
  const { t } = useI18n();
  // The hook re-renders on a breakpoint change (rotation, a resized window).
  Grid.useBreakpoint();
  const url = mobileApplyUrl(window.location.href);
  if (mobileChannelView({ width: window.innerWidth, userAgent: navigator.userAgent }) === 'qr')
    return <MobileQr url={url} />;
  return (
    <Flex vertical gap={8} data-testid="channel-mobile" data-view="link">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('apply.mobileLinkHint')}
      </Typography.Paragraph>
      <a href={url} data-testid="apply-mobile-link">
        <Button type="primary" ghost block icon={<MobileOutlined />}>
          {t('apply.mobileLink')}
        </Button>
      </a>
    </Flex>
  );
}

function Channels({ inv, onPlatform }: { inv: Invitation; onPlatform: () => void }) {
  const { t } = useI18n();
  const redirect = insurerRedirect(inv);
  return (
    <Row gutter={[16, 16]} data-testid="apply-channels">
      {inv.channels.platform ? (
        <Col xs={24} md={8}>
          <Card
            size="small"
            style={{ height: '100%' }}
            title={
              <>
                <LaptopOutlined /> {t('channel.platform')}
              </>
            }
          >
            <Typography.Paragraph type="secondary">{t('apply.platformHint')}</Typography.Paragraph>
            <Button type="primary" block onClick={onPlatform} data-testid="channel-platform">
              {t('apply.start')}
            </Button>
          </Card>
        </Col>
      ) : null}
      {inv.channels.mobile ? (
        <Col xs={24} md={8}>
          <Card
            size="small"
            style={{ height: '100%' }}
            title={
              <>
                <MobileOutlined /> {t('channel.mobile')}
              </>
            }
          >
            <MobileChannel />
          </Card>
        </Col>
      ) : null}
      {redirect ? (
        <Col xs={24} md={8}>
          <Card
            size="small"
            style={{ height: '100%' }}
            title={
              <>
                <ExportOutlined /> {t('channel.insurer')}
              </>
            }
          >
            <Typography.Paragraph type="secondary">
              {t('apply.insurerHint', { ref: inv.orderNo })}
            </Typography.Paragraph>
            <a href={redirect} rel="noreferrer" data-testid="channel-insurer">
              <Button block>{t('apply.goInsurer')}</Button>
            </a>
          </Card>
        </Col>
      ) : null}
    </Row>
  );
}

function ApplyFlow({ inv }: { inv: Invitation }) {
  const { t, locale } = useI18n();
  const me = useCurrentUser();
  const cards = useBankCards();
  const quote = useQuote(inv.invitationId, true);
  const updateProfile = useUpdateProfile();
  const addCard = useAddBankCard();
  const apply = useApply();
  const [step, setStep] = useState(0);
  const [cardId, setCardId] = useState<string | null>(null);
  const [cardText, setCardText] = useState('');
  const [answers, setAnswers] = useState<Record<string, boolean> | null>(null);
  const [consent, setConsent] = useState(false);
  const [cardForm] = Form.useForm<CardValues>();
  const cardNumber = Form.useWatch('cardNumber', cardForm);
  const cardChoice = Form.useWatch('cardChoice', cardForm);
  const cardBank = Form.useWatch('bankName', cardForm);
  const cardBin = useBankFromBin(cardForm, cardNumber);
  const cardCheck = cardNumber ? validateBankCard(cardNumber, { bankName: cardBank }) : null;
  const cardWarnings = cardCheck ? ruleWarnings(cardCheck, locale, t) : [];
  const profile = me.profile;
  // Gender and age the ID gives are not asked again (the premium is rated on them).
  const facts = idFactsOf(profile);
  const savedCards = cards.data?.items ?? [];

  const savePersonal = (v: Personal) => {
    const input: ProfileInput = personalInput(v, facts);
    const email = v.email ? validateEmail(v.email) : null;
    if (email?.ok) input.email = String(email.value);
    updateProfile.mutate(input, {
      onSuccess: () => {
        // The premium depends on age and gender: quote again with what was just saved.
        void quote.refetch();
        setStep(1);
      },
    });
  };

  const saveCard = (v: CardValues) => {
    if (v.cardChoice !== NEW_CARD) {
      setCardId(v.cardChoice);
      setCardText(savedCards.find((c) => c.id === v.cardChoice)?.cardMasked ?? '');
      setStep(2);
      return;
    }
    const checked = validateBankCard(v.cardNumber ?? '');
    const number = checked.ok ? String(checked.value) : (v.cardNumber ?? '');
    addCard.mutate(
      { holderName: me.displayName, bankName: v.bankName?.trim() || undefined, cardNumber: number },
      {
        onSuccess: (card) => {
          setCardId(card.id);
          setCardText(card.cardMasked);
          setStep(2);
        },
      },
    );
  };

  const submit = () => {
    if (!cardId || !answers) return;
    apply.mutate(
      { invitationId: inv.invitationId, bankCardId: cardId, answers, consent },
      { onSuccess: () => setStep(4) },
    );
  };

  const stepItems: { title: string }[] = (
    [
      'apply.stepPersonal',
      'apply.stepCard',
      'apply.stepHealth',
      'apply.stepConfirm',
      'apply.stepResult',
    ] as MessageKey[]
  ).map((key) => ({ title: t(key) }));

  return (
    <Card data-testid="apply-flow">
      <Steps
        current={step}
        size="small"
        responsive
        style={{ marginBottom: 24 }}
        items={stepItems}
        data-testid="apply-steps"
      />
      {step === 0 ? (
        <Form<Personal>
          layout="vertical"
          data-testid="apply-personal-form"
          initialValues={{
            displayName: me.displayName,
            gender: (profile.gender ?? quote.data?.gender) || undefined,
            age: profile.age ?? quote.data?.age ?? undefined,
            jobCategory: profile.jobCategory ?? undefined,
            address: profile.address ?? undefined,
            email: me.email ?? undefined,
          }}
          onFinish={savePersonal}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="displayName"
                label={t('profile.name')}
                rules={[{ required: true, whitespace: true, message: t('apply.nameRequired') }]}
              >
                <Input data-testid="apply-name" maxLength={50} />
              </Form.Item>
            </Col>
            {facts ? (
              <>
                <Col xs={24} md={12}>
                  <Form.Item label={t('roster.gender')} extra={t('apply.fromIdHint')}>
                    <Input value={t(`gender.${facts.gender}`)} disabled data-testid="apply-gender-fixed" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label={t('profile.age')}>
                    <Input
                      value={t('profile.ageYears', { age: quote.data?.age ?? facts.age })}
                      disabled
                      data-testid="apply-age-fixed"
                    />
                  </Form.Item>
                </Col>
              </>
            ) : (
              <>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="gender"
                    label={t('roster.gender')}
                    rules={[{ required: true, message: t('apply.genderRequired') }]}
                  >
                    <Radio.Group data-testid="apply-gender">
                      <Radio value="M">{t('gender.M')}</Radio>
                      <Radio value="F">{t('gender.F')}</Radio>
                    </Radio.Group>
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="age"
                    label={t('profile.age')}
                    rules={[{ required: true, message: t('apply.ageRequired') }]}
                  >
                    <InputNumber
                      min={0}
                      max={120}
                      precision={0}
                      style={{ width: '100%' }}
                      data-testid="apply-age"
                    />
                  </Form.Item>
                </Col>
              </>
            )}
            <Col xs={24} md={12}>
              <Form.Item label={t('profile.currentMobile')}>
                <Input value={me.mobileMasked ?? ''} disabled data-testid="apply-mobile" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="jobCategory" label={t('profile.jobCategory')}>
                <Select
                  data-testid="apply-job"
                  allowClear
                  placeholder={t('common.select')}
                  options={JOB_CATEGORIES.map((value) => ({ value, label: t(`jobCategory.${value}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="email"
                label={t('profile.email')}
                rules={[
                  {
                    validator: async (_r, v: string | undefined) => {
                      if (!v) return;
                      const reason = ruleReason(validateEmail(v), locale, t);
                      if (reason) throw new Error(reason);
                    },
                  },
                ]}
              >
                <Input data-testid="apply-email" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="address" label={t('profile.address')}>
                <Input data-testid="apply-address" maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
          {updateProfile.isError ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={errorText(updateProfile.error, locale, t)}
            />
          ) : null}
          <Button
            type="primary"
            htmlType="submit"
            loading={updateProfile.isPending}
            data-testid="apply-next-personal"
          >
            {t('apply.next')}
          </Button>
        </Form>
      ) : null}

      {step === 1 ? (
        <Form<CardValues>
          form={cardForm}
          layout="vertical"
          data-testid="apply-card-form"
          initialValues={{ cardChoice: savedCards[0]?.id ?? NEW_CARD }}
          onFinish={saveCard}
        >
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('apply.ownCardHint')} />
          <Form.Item name="cardChoice" label={t('apply.cardChoice')}>
            <Select
              data-testid="apply-card-choice"
              options={[
                ...savedCards.map((c) => ({
                  value: c.id,
                  label: `${c.bankName ?? t('bankCard.unknownBank')} ${c.cardMasked}`,
                })),
                { value: NEW_CARD, label: t('apply.newCard') },
              ]}
            />
          </Form.Item>
          {cardChoice === NEW_CARD ? (
            <Row gutter={16}>
              <Col xs={24}>
                <Form.Item
                  name="cardNumber"
                  label={t('apply.debitCard')}
                  validateStatus={cardWarnings.length ? 'warning' : undefined}
                  help={
                    cardWarnings.length ? (
                      <span data-testid="apply-card-warning">{cardWarnings.join('；')}</span>
                    ) : undefined
                  }
                  extra={t('bankCard.numberHint')}
                  rules={[
                    { required: true, message: t('bankCard.numberRequired') },
                    {
                      validator: async (_r, v: string | undefined) => {
                        if (!v) return;
                        const reason = ruleReason(validateBankCard(v), locale, t);
                        if (reason) throw new Error(reason);
                      },
                    },
                  ]}
                >
                  <BankCardNumberInput testId="apply-card-number" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="bankName"
                  label={t('bankCard.bank')}
                  extra={
                    cardBin && cardBank === cardBin.bank ? (
                      <span data-testid="apply-card-bin">
                        {t('bankCard.binHint', { bank: cardBin.bank })}
                      </span>
                    ) : undefined
                  }
                  rules={[{ required: true, whitespace: true, message: t('bankCard.bankRequired') }]}
                >
                  <BankSelect testId="apply-card-bank" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label={t('bankCard.holder')} extra={t('bankCard.holderHint')}>
                  <Input value={me.displayName} disabled data-testid="apply-card-holder" />
                </Form.Item>
              </Col>
            </Row>
          ) : null}
          {addCard.isError ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={errorText(addCard.error, locale, t)}
            />
          ) : null}
          <Flex gap={8}>
            <Button onClick={() => setStep(0)}>{t('apply.prev')}</Button>
            <Button
              type="primary"
              htmlType="submit"
              loading={addCard.isPending}
              data-testid="apply-next-card"
            >
              {t('apply.next')}
            </Button>
          </Flex>
        </Form>
      ) : null}

      {step === 2 ? (
        quote.isPending ? (
          <Spin />
        ) : quote.isError ? (
          <Alert
            type="error"
            showIcon
            title={errorText(quote.error, locale, t)}
            data-testid="apply-quote-error"
          />
        ) : (
          <Form<Record<string, boolean>>
            layout="vertical"
            initialValues={answers ?? {}}
            onFinish={(values) => {
              setAnswers(values);
              setStep(3);
            }}
            data-testid="apply-health-form"
          >
            <Typography.Paragraph type="secondary">{t('apply.healthHint')}</Typography.Paragraph>
            {quote.data.questionnaire.map((q, index) => (
              <Form.Item
                key={q.id}
                name={q.id}
                label={`${index + 1}. ${q.text}`}
                rules={[{ required: true, message: t('apply.answerRequired') }]}
              >
                <Radio.Group data-testid={`apply-question-${q.id}`}>
                  <Radio value={true} data-testid={`apply-answer-${q.id}-yes`}>
                    {t('common.yes')}
                  </Radio>
                  <Radio value={false} data-testid={`apply-answer-${q.id}-no`}>
                    {t('common.no')}
                  </Radio>
                </Radio.Group>
              </Form.Item>
            ))}
            <Flex gap={8}>
              <Button onClick={() => setStep(1)}>{t('apply.prev')}</Button>
              <Button type="primary" htmlType="submit" data-testid="apply-next-health">
                {t('apply.next')}
              </Button>
            </Flex>
          </Form>
        )
      ) : null}

      {step === 3 ? (
        <Flex vertical gap={16} data-testid="apply-confirm">
          <Descriptions bordered size="small" column={1}>
            <Descriptions.Item label={t('order.product')}>{inv.productName}</Descriptions.Item>
            <Descriptions.Item label={t('order.insurer')}>{inv.insurerName}</Descriptions.Item>
            <Descriptions.Item label={t('profile.name')}>{me.displayName}</Descriptions.Item>
            {quote.data ? (
              <Descriptions.Item label={t('apply.quoteBasis')}>
                {t('apply.quoteBasisText', { age: quote.data.age, gender: t(`gender.${quote.data.gender}`) })}
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('apply.debitCard')}>
              <span className="ph-mono" data-testid="apply-confirm-card">
                {cardText}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('apply.premium')}>
              {quote.isFetching ? (
                <Spin size="small" />
              ) : quote.data ? (
                <Typography.Text strong data-testid="apply-premium">
                  {t('apply.premiumPerYear', { premium: formatYuan(quote.data.annualPremiumFen) })}
                </Typography.Text>
              ) : null}
            </Descriptions.Item>
          </Descriptions>
          {quote.isError ? (
            <Alert
              type="error"
              showIcon
              title={errorText(quote.error, locale, t)}
              data-testid="apply-quote-error"
            />
          ) : null}
          <Typography.Text type="secondary">
            {locale === 'zh-CN' && quote.data?.deductionNote
              ? quote.data.deductionNote
              : t('products.capNote')}
          </Typography.Text>
          <AgreementConsent
            checked={consent}
            onChange={setConsent}
            name={t('apply.debitAgreement')}
            prefix={t('apply.consentPrefix')}
            suffix={t('apply.consentSuffix')}
            document={inv.debitAgreement}
            testId="apply-consent"
          />
          {apply.isError ? (
            <Alert
              type="error"
              showIcon
              title={errorText(apply.error, locale, t)}
              data-testid="apply-error"
            />
          ) : null}
          <Flex gap={8}>
            <Button onClick={() => setStep(2)}>{t('apply.prev')}</Button>
            <Button
              type="primary"
              disabled={!consent || !quote.data}
              loading={apply.isPending}
              onClick={submit}
              data-testid="apply-submit"
            >
              {t('apply.submit')}
            </Button>
          </Flex>
        </Flex>
      ) : null}

      {step === 4 && apply.data ? (
        <ApplicationResult applicationNo={apply.data.applicationNo} initial={apply.data} />
      ) : null}
    </Card>
  );
}

/** 我去投保: the product's channels, then the application as steps (works at phone width). */
export default function ApplyPage() {
  const { t, locale } = useI18n();
  const { invitationId = '' } = useParams();
  const invitations = useInvitations();
  const applications = useApplications();
  // 手机投保's QR code and link open the steps directly.
  const [params] = useSearchParams();
  const [started, setStarted] = useState(params.get(MOBILE_CHANNEL_PARAM) === MOBILE_CHANNEL_VALUE);

  if (invitations.isPending) return <Spin />;
  if (invitations.isError)
    return <Alert type="error" showIcon title={errorText(invitations.error, locale, t)} />;
  const inv = invitations.data.find((i) => i.invitationId === invitationId);
  if (!inv)
    return <Alert type="warning" showIcon title={t('apply.notFound')} data-testid="apply-not-found" />;
  const application = inv.applicationNo
    ? (applications.data ?? []).find((a) => a.applicationNo === inv.applicationNo)
    : undefined;

  return (
    <PageContainer
      title={t('apply.title')}
      subtitle={`${inv.productName} · ${inv.insurerName}`}
      testId="page-apply"
      extra={
        <Link to="/personal/orders">
          <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
        </Link>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('order.window')}>
            {formatDate(inv.windowStart)} ~ {formatDate(inv.windowEnd)}
          </Descriptions.Item>
          <Descriptions.Item label={t('order.status')}>
            <InvitationStatusTag status={inv.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('apply.caseRef')}>
            <span className="ph-mono" data-testid="apply-case-ref">
              {inv.orderNo}
            </span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {application ? (
        <Card>
          <ApplicationResult applicationNo={application.applicationNo} initial={application} />
        </Card>
      ) : inv.applicationNo ? (
        <Spin />
      ) : !inv.open ? (
        <Alert type="warning" showIcon title={t('apply.outsideWindow')} data-testid="apply-outside-window" />
      ) : started ? (
        <ApplyFlow inv={inv} />
      ) : (
        <Channels inv={inv} onPlatform={() => setStarted(true)} />
      )}
    </PageContainer>
  );
}
