import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Form, TreeSelect } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useOrgs } from '../../api/orgs';
import { BulkImport } from '../../components/bulk-import';
import { buildOrgTree, toTreeSelectData } from '../../components/org-tree';
import { PageContainer } from '../../components/page';
import { useT } from '../../i18n';

/** 批量导入用户: the generic import flow with the users template, into one chosen organization. */
export default function UserImportPage() {
  const t = useT();
  const orgs = useOrgs();
  const [orgId, setOrgId] = useState<string | undefined>();
  const treeData = useMemo(() => toTreeSelectData(buildOrgTree(orgs.data ?? [], t)), [orgs.data, t]);

  return (
    <PageContainer
      title={t('menu.usersImport')}
      subtitle={t('menuDesc.usersImport')}
      testId="page-user-import"
      extra={
        <Link to=".." relative="path">
          <Button icon={<ArrowLeftOutlined />}>{t('import.backToUsers')}</Button>
        </Link>
      }
    >
      <BulkImport
        template="users"
        params={{ orgId }}
        ready={Boolean(orgId)}
        notReadyHint={t('import.chooseOrgFirst')}
        setup={
          <Form layout="vertical" style={{ maxWidth: 480 }}>
            <Form.Item label={t('import.targetOrg')} required style={{ marginBottom: 0 }}>
              <TreeSelect
                data-testid="import-org"
                value={orgId}
                onChange={(value: string) => setOrgId(value)}
                treeData={treeData}
                treeDefaultExpandAll
                showSearch
                treeNodeFilterProp="label"
                treeNodeLabelProp="label"
                loading={orgs.isPending}
                placeholder={t('common.select')}
              />
            </Form.Item>
          </Form>
        }
      />
    </PageContainer>
  );
}
