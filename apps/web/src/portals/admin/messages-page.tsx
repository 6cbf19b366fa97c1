import { useState } from 'react';
import { Button, Form, Input, Select, Switch, Tag, Typography } from 'antd';
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useMessages, type MessageSearch } from '../../api/messages';
import type { OutboxMessage } from '../../api/messages';
import { PageContainer } from '../../components/page';
import { PagedTable, usePaging } from '../../components/paged-table';
import { SearchForm } from '../../components/search-form';
import { formatTime } from '../../components/format';
import { useT } from '../../i18n';

const STATUS_COLOR: Record<OutboxMessage['status'], string> = {
  pending: 'default',
  sending: 'processing',
  sent: 'success',
  dead: 'error',
};

type Filters = Omit<MessageSearch, 'page' | 'pageSize'>;

/** 消息中心: every SMS and e-mail of the outbox, with its text (the development provider's inbox). */
export default function MessagesPage() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const paging = usePaging();
  const [autoRefresh, setAutoRefresh] = useState(true);
  const messages = useMessages({ ...filters, page: paging.page, pageSize: paging.pageSize }, { autoRefresh });

  const columns: ColumnsType<OutboxMessage> = [
    {
      title: t('message.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 170,
      render: (value: string) => formatTime(value),
    },
    {
      title: t('message.channel'),
      dataIndex: 'channel',
      key: 'channel',
      width: 80,
      render: (channel: OutboxMessage['channel']) => (
        <Tag color={channel === 'sms' ? 'cyan' : 'geekblue'}>{t(`channel.${channel}`)}</Tag>
      ),
    },
    { title: t('message.recipient'), dataIndex: 'recipientMasked', key: 'recipient', width: 150 },
    {
      title: t('message.content'),
      key: 'body',
      render: (_, m) => (
        <div>
          {m.subject ? <Typography.Text strong>{m.subject}</Typography.Text> : null}
          <pre className="ph-pre" data-testid="message-body">
            {m.body}
          </pre>
        </div>
      ),
    },
    {
      title: t('message.status'),
      dataIndex: 'status',
      key: 'status',
      width: 200,
      render: (status: OutboxMessage['status'], m) => (
        <div>
          <Tag color={STATUS_COLOR[status]}>{t(`messageStatus.${status}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('message.attemptsCount', { count: m.attempts })}
          </Typography.Text>
          {m.sentAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {t('message.sentAtText', { time: formatTime(m.sentAt) })}
            </Typography.Text>
          ) : null}
          {m.lastError ? (
            <Typography.Text type="danger" style={{ fontSize: 12, display: 'block' }}>
              {m.lastError}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.messages')}
      subtitle={t('message.subtitle')}
      testId="page-messages"
      extra={
        <>
          <span>
            <Switch size="small" checked={autoRefresh} onChange={setAutoRefresh} />{' '}
            <Typography.Text type="secondary">{t('message.autoRefresh')}</Typography.Text>
          </span>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void messages.refetch()}
            loading={messages.isFetching}
          >
            {t('common.refresh')}
          </Button>
        </>
      }
    >
      <SearchForm<Filters>
        onSearch={(values) => {
          setFilters(values);
          paging.setPage(1);
        }}
      >
        <Form.Item name="channel" label={t('message.channel')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            options={[
              { value: 'sms', label: t('channel.sms') },
              { value: 'email', label: t('channel.email') },
            ]}
          />
        </Form.Item>
        <Form.Item name="recipient" label={t('message.recipient')}>
          <Input allowClear placeholder={t('message.recipientPlaceholder')} />
        </Form.Item>
        <Form.Item name="status" label={t('message.status')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            options={(['pending', 'sending', 'sent', 'dead'] as const).map((s) => ({
              value: s,
              label: t(`messageStatus.${s}`),
            }))}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable<OutboxMessage>
        paging={paging}
        data={messages.data}
        loading={messages.isPending}
        rowKey="id"
        columns={columns}
        scroll={{ x: 960 }}
        data-testid="messages-table"
      />
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
        <SearchOutlined /> {t('message.note')}
      </Typography.Text>
    </PageContainer>
  );
}
