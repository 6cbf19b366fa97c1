import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Row,
  Segmented,
  Statistic,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import {
  statsExportUrl,
  useStats,
  type StatsGroup,
  type StatsRow,
  type StatsSearch,
} from '../../../api/exchange';
import { formatYuan } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';
import { BRAND } from '../../../theme';

const GROUPS: StatsGroup[] = ['product', 'insurer', 'enterprise', 'month'];
const FUNNEL = [
  { key: 'invited', color: '#8fb3e8' },
  { key: 'applied', color: BRAND.accent },
  { key: 'issued', color: BRAND.navy },
] as const;

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 1000) / 10}%` : '—';
}

/** Horizontal bars in plain CSS: premium per group, and the invited → applied → issued funnel. */
function Bars({ rows }: { rows: StatsRow[] }) {
  const { t } = useI18n();
  const maxPremium = Math.max(1, ...rows.map((r) => r.premiumFen));
  const maxInvited = Math.max(1, ...rows.map((r) => r.invited));
  return (
    <Row gutter={[24, 24]} data-testid="stats-chart">
      <Col xs={24} lg={12}>
        <Typography.Title level={5}>{t('stats.premiumChart')}</Typography.Title>
        <Flex vertical gap={8}>
          {rows.map((r) => (
            <div key={r.key}>
              <Flex justify="space-between" style={{ fontSize: 12 }}>
                <span>{r.label}</span>
                <span>{formatYuan(r.premiumFen)}</span>
              </Flex>
              <div style={{ background: '#eef2f8', borderRadius: 4, height: 14 }}>
                <div
                  data-testid="stats-bar"
                  style={{
                    width: `${(r.premiumFen / maxPremium) * 100}%`,
                    background: BRAND.blue,
                    height: 14,
                    borderRadius: 4,
                    minWidth: r.premiumFen ? 2 : 0,
                  }}
                />
              </div>
            </div>
          ))}
        </Flex>
      </Col>
      <Col xs={24} lg={12}>
        <Typography.Title level={5}>{t('stats.funnelChart')}</Typography.Title>
        <Flex gap={12} style={{ fontSize: 12, marginBottom: 8 }} wrap>
          {FUNNEL.map((f) => (
            <Flex key={f.key} gap={4} align="center">
              <span
                style={{
                  width: 10,
                  height: 10,
                  background: f.color,
                  display: 'inline-block',
                  borderRadius: 2,
                }}
              />
              {t(`stats.${f.key}`)}
            </Flex>
          ))}
        </Flex>
        <Flex vertical gap={10}>
          {rows.map((r) => (
            <div key={r.key}>
              <div style={{ fontSize: 12 }}>{r.label}</div>
              {FUNNEL.map((f) => (
                <Tooltip key={f.key} title={`${t(`stats.${f.key}`)} ${r[f.key]}`}>
                  <div
                    style={{
                      width: `${(r[f.key] / maxInvited) * 100}%`,
                      background: f.color,
                      height: 8,
                      marginTop: 2,
                      borderRadius: 2,
                      minWidth: r[f.key] ? 2 : 0,
                    }}
                  />
                </Tooltip>
              ))}
            </div>
          ))}
        </Flex>
      </Col>
    </Row>
  );
}

/** 查询统计: orders, premiums and conversion by product, insurer, enterprise or month; Excel export. */
export default function StatsPage() {
  const { t, locale } = useI18n();
  const [search, setSearch] = useState<StatsSearch>({ groupBy: 'product' });
  const stats = useStats(search);
  const rows = stats.data?.rows ?? [];
  const totals = stats.data?.total;

  const columns: ColumnsType<StatsRow> = [
    { title: t(`stats.group.${search.groupBy}`), dataIndex: 'label', key: 'label' },
    { title: t('stats.invited'), dataIndex: 'invited', key: 'invited', align: 'right' },
    { title: t('stats.applied'), dataIndex: 'applied', key: 'applied', align: 'right' },
    { title: t('stats.issued'), dataIndex: 'issued', key: 'issued', align: 'right' },
    { title: t('stats.declined'), dataIndex: 'declined', key: 'declined', align: 'right' },
    {
      title: t('stats.applyRate'),
      key: 'applyRate',
      align: 'right',
      render: (_: unknown, r) => percent(r.applied, r.invited),
    },
    {
      title: t('stats.conversion'),
      key: 'conversion',
      align: 'right',
      render: (_: unknown, r) => percent(r.issued, r.invited),
    },
    {
      title: t('stats.premium'),
      dataIndex: 'premiumFen',
      key: 'premium',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
  ];

  return (
    <PageContainer
      title={t('menu.stats')}
      subtitle={t('menuDesc.stats')}
      testId="page-stats"
      extra={
        <a href={statsExportUrl(search)} data-testid="stats-export">
          <Button icon={<FileExcelOutlined />}>{t('stats.export')}</Button>
        </a>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="center">
          <Segmented<StatsGroup>
            value={search.groupBy}
            onChange={(groupBy) => setSearch((s) => ({ ...s, groupBy }))}
            data-testid="stats-group"
            options={GROUPS.map((g) => ({ value: g, label: t(`stats.group.${g}`) }))}
          />
          <DatePicker.RangePicker
            data-testid="stats-range"
            onChange={(range) =>
              setSearch((s) => ({
                ...s,
                from: range?.[0] ? (range[0] as Dayjs).format('YYYY-MM-DD') : undefined,
                to: range?.[1] ? (range[1] as Dayjs).format('YYYY-MM-DD') : undefined,
              }))
            }
          />
        </Flex>
      </Card>
      {stats.isError ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorText(stats.error, locale, t)} />
      ) : null}
      {totals ? (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="stats-totals">
          <Col xs={12} md={6}>
            <Card>
              <Statistic
                title={t('stats.applied')}
                value={totals.applied}
                suffix={` / ${percent(totals.applied, totals.invited)}`}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('stats.invited')} value={totals.invited} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic
                title={t('stats.issuedRate')}
                value={totals.issued}
                suffix={` / ${percent(totals.issued, totals.invited)}`}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('stats.premium')} value={formatYuan(totals.premiumFen)} />
            </Card>
          </Col>
        </Row>
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        {rows.length === 0 && !stats.isPending ? <Empty /> : <Bars rows={rows} />}
      </Card>
      <Card>
        <Table
          rowKey="key"
          size="middle"
          loading={stats.isFetching}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 760 }}
          data-testid="stats-table"
        />
      </Card>
    </PageContainer>
  );
}
