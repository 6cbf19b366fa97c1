import { useState } from 'react';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Spin,
  Typography,
} from 'antd';
import { CreditCardOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { validateBankCard } from '@policyhub/domain';
import { useAddBankCard, useBankCards, useRemoveBankCard } from '../../api/me';
import { useCurrentUser } from '../../components/guards';
import { PageContainer } from '../../components/page';
import { formatTime } from '../../components/format';
import { ruleReason, ruleWarnings, useI18n } from '../../i18n';
import { BankCardNumberInput, BankSelect, useBankFromBin } from '../../components/bank-card-fields';
import { BRAND } from '../../theme';

type Values = { holderName: string; bankName?: string; cardNumber: string };

function AddCardModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, locale } = useI18n();
  const me = useCurrentUser();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddBankCard();
  const cardNumber = Form.useWatch('cardNumber', form);
  const bankName = Form.useWatch('bankName', form);
  const bin = useBankFromBin(form, cardNumber);
  const check = cardNumber ? validateBankCard(cardNumber, { bankName }) : null;
  const warnings = check ? ruleWarnings(check, locale, t) : [];

  const onFinish = (values: Values) => {
    const card = validateBankCard(values.cardNumber);
    add.mutate(
      {
        holderName: values.holderName.trim(),
        bankName: values.bankName?.trim() || undefined,
        // Exactly the digits typed (the field keeps them without the grouping spaces).
        cardNumber: card.ok ? card.value : values.cardNumber,
      },
      {
        onSuccess: (answer) => {
          void message.success(t('bankCard.added'));
          for (const warning of answer.warnings ?? []) void message.warning(warning);
          form.resetFields();
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('bankCard.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={add.isPending}
      okButtonProps={{ 'data-testid': 'bank-card-submit' } as Record<string, string>}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ holderName: me.displayName }}
        preserve={false}
        data-testid="bank-card-form"
      >
        <Form.Item
          name="holderName"
          label={t('bankCard.holder')}
          extra={t('bankCard.holderHint')}
          rules={[{ required: true, whitespace: true, message: t('bankCard.holderRequired') }]}
        >
          <Input id="bank-card-holder" data-testid="bank-card-holder" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="cardNumber"
          label={t('bankCard.number')}
          validateStatus={warnings.length ? 'warning' : undefined}
          help={
            warnings.length ? <span data-testid="bank-card-warning">{warnings.join('；')}</span> : undefined
          }
          extra={t('bankCard.numberHint')}
          rules={[
            { required: true, message: t('bankCard.numberRequired') },
            {
              validator: async (_rule, value: string | undefined) => {
                if (!value) return;
                const reason = ruleReason(validateBankCard(value), locale, t);
                if (reason) throw new Error(reason);
              },
            },
          ]}
        >
          <BankCardNumberInput id="bank-card-number" testId="bank-card-number" />
        </Form.Item>
        <Form.Item
          name="bankName"
          label={t('bankCard.bank')}
          extra={
            bin && bankName === bin.bank ? (
              <span data-testid="bank-card-bin">{t('bankCard.binHint', { bank: bin.bank })}</span>
            ) : undefined
          }
          rules={[{ required: true, whitespace: true, message: t('bankCard.bankRequired') }]}
        >
          <BankSelect id="bank-card-bank" testId="bank-card-bank" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 我的银行卡: own cards, masked; adding one warns (does not refuse) when Luhn fails. */
export default function BankCardsPage() {
  const { t } = useI18n();
  const cards = useBankCards();
  const remove = useRemoveBankCard();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const items = cards.data?.items ?? [];

  return (
    <PageContainer
      title={t('menu.bankCards')}
      subtitle={t('menuDesc.bankCards')}
      testId="page-bank-cards"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setOpen(true)}
          data-testid="bank-card-add"
        >
          {t('bankCard.add')}
        </Button>
      }
    >
      {cards.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Card>
          <Empty description={t('bankCard.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]} data-testid="bank-card-list">
          {items.map((card) => (
            <Col xs={24} md={12} xl={8} key={card.id}>
              <Card
                style={{
                  background: `linear-gradient(135deg, ${BRAND.navy}, ${BRAND.blue})`,
                  color: '#fff',
                  borderRadius: 12,
                }}
                styles={{ body: { padding: 20 } }}
              >
                <Flex justify="space-between" align="center">
                  <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>
                    <CreditCardOutlined /> {card.bankName ?? t('bankCard.unknownBank')}
                  </Typography.Text>
                  <Popconfirm
                    title={t('bankCard.removeConfirm', { card: card.cardMasked })}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() =>
                      remove.mutateAsync(card.id).then(() => void message.success(t('bankCard.removed')))
                    }
                  >
                    <Button
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      style={{ color: 'rgba(255,255,255,0.85)' }}
                      aria-label={t('bankCard.remove')}
                      data-testid="bank-card-remove"
                    />
                  </Popconfirm>
                </Flex>
                <div
                  className="ph-mono"
                  style={{ fontSize: 20, letterSpacing: 1, margin: '16px 0' }}
                  data-testid="bank-card-masked"
                >
                  {card.cardMasked}
                </div>
                <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', fontSize: 12 }}>
                  {card.holderName} · {t('bankCard.addedAt', { time: formatTime(card.createdAt) })}
                </Typography.Text>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
        {t('bankCard.note')}
      </Typography.Paragraph>
      <AddCardModal open={open} onClose={() => setOpen(false)} />
    </PageContainer>
  );
}
