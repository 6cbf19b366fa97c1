import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Descriptions, Flex, Input, Modal, Segmented } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { findTransferCandidate, useCreateTransfer, type TransferCandidate } from '../../api/union-query';
import { useCurrentUser } from '../../components/guards';
import { PageContainer } from '../../components/page';
import { errorText } from '../../error-text';
import { useI18n } from '../../i18n';
import { MemberRequestsTable } from './member-requests-table';

/**
 * 会员调动管理: the RECEIVING unit 【创建调入调出申请】 → 证件号 or 会员号 → 【查找】 (only the other
 * unit's name and the masked name) → 【提交新建申请】 (新建) → 【上报】 → 代办处 → 总会.
 */
export default function TransfersPage() {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const isBase = useCurrentUser().role === 'union_base_operator';
  const [open, setOpen] = useState(false);
  const [keyType, setKeyType] = useState<'idNumber' | 'memberNo'>('idNumber');
  const [key, setKey] = useState('');
  const [candidate, setCandidate] = useState<TransferCandidate | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [searching, setSearching] = useState(false);
  const create = useCreateTransfer();
  const close = () => {
    setOpen(false);
    setCandidate(null);
    setError(null);
    setKey('');
  };
  const search = async () => {
    setSearching(true);
    setError(null);
    setCandidate(null);
    try {
      setCandidate(await findTransferCandidate({ [keyType]: key.trim() }));
    } catch (e) {
      setError(e);
    } finally {
      setSearching(false);
    }
  };

  return (
    <PageContainer
      title={t('menu.unionTransfers')}
      subtitle={t('menuDesc.unionTransfers')}
      testId="page-union-transfers"
      extra={
        isBase ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="transfer-create"
          >
            {t('unionQuery.createTransfer')}
          </Button>
        ) : null
      }
    >
      <Card>
        <MemberRequestsTable kind="transfer" />
      </Card>
      <Modal
        open={open}
        title={t('unionQuery.createTransfer')}
        onCancel={close}
        cancelText={t('common.cancel')}
        okText={t('unionQuery.submitNew')}
        okButtonProps={{ disabled: !candidate, loading: create.isPending }}
        onOk={() =>
          candidate &&
          create.mutate(
            { memberId: candidate.memberId },
            {
              onSuccess: () => {
                void message.success(t('unionQuery.saved'));
                close();
              },
            },
          )
        }
        destroyOnHidden
      >
        <Flex vertical gap={8}>
          <Segmented
            value={keyType}
            onChange={(v) => setKeyType(v as 'idNumber' | 'memberNo')}
            options={[
              { value: 'idNumber', label: t('unionQuery.idNumber') },
              { value: 'memberNo', label: t('unionQuery.memberNo') },
            ]}
          />
          <Flex gap={8}>
            <Input value={key} onChange={(e) => setKey(e.target.value)} data-testid="transfer-key" />
            <Button
              onClick={() => void search()}
              loading={searching}
              disabled={!key.trim()}
              data-testid="transfer-search"
            >
              {t('unionQuery.find')}
            </Button>
          </Flex>
          {error ? <Alert type="warning" showIcon title={errorText(error, locale, t)} /> : null}
          {candidate ? (
            <Descriptions size="small" column={1} bordered data-testid="transfer-candidate">
              <Descriptions.Item label={t('unionQuery.currentUnit')}>{candidate.unitName}</Descriptions.Item>
              <Descriptions.Item label={t('unionQuery.name')}>{candidate.nameMasked}</Descriptions.Item>
            </Descriptions>
          ) : null}
        </Flex>
      </Modal>
    </PageContainer>
  );
}
