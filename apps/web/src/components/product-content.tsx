import type { CSSProperties } from 'react';
import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import type { ProductContent, Question, RateBand } from '../api/exchange';
import { isUnionPlanContent, type UnionPlanContent } from '../api/union-plans';
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

/** A mutual-aid plan's part for reviewers: price per copy, cover, waiting, ages, window, renewal. */
function UnionPlanPart({ content }: { content: UnionPlanContent }) {
  const t = useT();
  const window = (g: 'F' | 'M') =>
    t('unionPlan.window', {
      min: content.ageWindow[g].minAgeExclusive,
      max: content.ageWindow[g].maxAgeExclusive,
    });
  return (
    <Descriptions bordered size="small" column={1} style={{ marginBottom: 16 }} data-testid="union-plan-part">
      <Descriptions.Item label={t('unionPlan.premiumPerCopy')}>
        {t('unionPlan.perCopy', {
          premium: formatYuan(content.rateTable.premiumPerCopyFen),
          max: content.rateTable.maxCopies,
        })}
      </Descriptions.Item>
      <Descriptions.Item label={t('unionPlan.coverMonths')}>{content.coverMonths}</Descriptions.Item>
      <Descriptions.Item label={t('unionPlan.waitingDays')}>{content.waitingDays}</Descriptions.Item>
      <Descriptions.Item label={t('unionPlan.eligibleSexes')}>
        {content.eligibleSexes.map((g) => (
          <Tag key={g}>{t(g === 'F' ? 'unionPlan.female' : 'unionPlan.male')}</Tag>
        ))}
      </Descriptions.Item>
      {content.eligibleSexes.map((g) => (
        <Descriptions.Item key={g} label={t(g === 'F' ? 'unionPlan.female' : 'unionPlan.male')}>
          {window(g)}
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('unionPlan.overAgeUpTo')}>
        {content.overAgeWithApprovalUpTo ?? t('unionPlan.overAgeNever')}
      </Descriptions.Item>
      <Descriptions.Item label={t('unionPlan.enrollment')}>
        {content.enrollment
          ? t('unionPlan.enrollmentValue', {
              opens: content.enrollment.opensOn,
              closes: content.enrollment.closesOn,
              start: content.enrollment.uniformStartDate,
            })
          : t('unionPlan.enrollmentOpen')}
      </Descriptions.Item>
      <Descriptions.Item label={t('unionPlan.renewalGraceDays')}>
        {content.renewalGraceDays}
      </Descriptions.Item>
      <Descriptions.Item label={t('unionPlan.benefits')}>
        {content.benefits.length ? content.benefits.map((b) => <div key={b}>{b}</div>) : t('common.none')}
      </Descriptions.Item>
    </Descriptions>
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
  const plan = isUnionPlanContent(content as unknown as Record<string, unknown>)
    ? (content as unknown as UnionPlanContent)
    : null;
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
        {plan ? null : (
          <Descriptions.Item label={t('productForm.taxCodeFormat')}>
            <span className="ph-mono">{content.taxCodeFormat || t('common.none')}</span>
          </Descriptions.Item>
        )}
        {clausesHref ? (
          <Descriptions.Item label={t('productDetail.tabClauses')}>
            <a href={clausesHref} target="_blank" rel="noreferrer" data-testid="listing-clauses">
              {t('common.view')}
            </a>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {plan ? <UnionPlanPart content={plan} /> : null}
      {plan ? null : <Typography.Title level={5}>{t('productForm.rateTable')}</Typography.Title>}
      {plan ? null : (
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
      )}
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
