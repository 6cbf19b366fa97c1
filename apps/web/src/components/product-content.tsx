import type { CSSProperties } from 'react';
import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import type { ProductContent, Question, RateBand } from '../api/exchange';
import { useI18n, useT } from '../i18n';
import { formatYuan } from './format';

/**
 * Said to an en-US reader above an insurer's product content: names, descriptions, clauses and
 * disclosures are the insurer's Chinese text (there is no English version to fall back from).
 */
export function ChineseContentNote({ style }: { style?: CSSProperties }) {
  const { t, locale } = useI18n();
  if (locale === 'zh-CN') return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16, ...style }}
      title={t('products.chineseContent')}
      data-testid="chinese-content-note"
    />
  );
}

/** A product version's content for reviewers: terms, channels, rate table and questionnaire. */
export function ProductContentView({
  content,
  clausesHref,
}: {
  content: ProductContent;
  clausesHref?: string;
}) {
  const t = useT();
  return (
    <div data-testid="product-content">
      <ChineseContentNote />
      <Descriptions bordered size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('productForm.summary')}>{content.summary}</Descriptions.Item>
        <Descriptions.Item label={t('products.sumInsured')}>
          {formatYuan(content.sumInsuredFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('productDetail.insurerSite')}>
          {content.insurerSite || t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('productDetail.hotline')}>
          {content.hotline || t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('productForm.channels')}>
          {content.channels.platform ? <Tag>{t('channel.platform')}</Tag> : null}
          {content.channels.mobile ? <Tag>{t('channel.mobile')}</Tag> : null}
          {content.channels.insurerUrl ? <Tag>{t('channel.insurer')}</Tag> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('productForm.taxCodeFormat')}>
          <span className="ph-mono">{content.taxCodeFormat || t('common.none')}</span>
        </Descriptions.Item>
        {clausesHref ? (
          <Descriptions.Item label={t('productDetail.tabClauses')}>
            <a href={clausesHref} target="_blank" rel="noreferrer" data-testid="listing-clauses">
              {t('common.view')}
            </a>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Title level={5}>{t('productForm.rateTable')}</Typography.Title>
      <Table<RateBand>
        size="small"
        rowKey={(b) => `${b.gender}-${b.minAge}-${b.maxAge}`}
        pagination={false}
        dataSource={content.rateTable.bands}
        style={{ marginBottom: 16 }}
        columns={[
          {
            title: t('productForm.ageBand'),
            key: 'age',
            render: (_: unknown, b) => `${b.minAge} – ${b.maxAge}`,
          },
          {
            title: t('roster.gender'),
            dataIndex: 'gender',
            key: 'gender',
            render: (g: 'M' | 'F') => t(`gender.${g}`),
          },
          {
            title: t('productForm.annualPremium'),
            dataIndex: 'annualPremiumFen',
            key: 'p',
            render: (v: number) => formatYuan(v),
          },
        ]}
      />
      <Typography.Title level={5}>{t('productForm.questionnaire')}</Typography.Title>
      <Table<Question>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={content.questionnaire}
        columns={[
          { title: t('productForm.question'), dataIndex: 'text', key: 'text' },
          {
            title: t('productForm.ifYes'),
            key: 'rule',
            width: 160,
            render: (_: unknown, q) =>
              q.declineIfYes ? (
                <Tag color="red">{t('productForm.declineIfYes')}</Tag>
              ) : q.manualIfYes ? (
                <Tag color="orange">{t('productForm.manualIfYes')}</Tag>
              ) : (
                t('common.none')
              ),
          },
        ]}
      />
    </div>
  );
}
