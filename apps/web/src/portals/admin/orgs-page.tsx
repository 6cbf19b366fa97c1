import { useEffect, useMemo, useState } from 'react';
import {
  App as AntApp,
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Row,
  Select,
  Spin,
  Tree,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ORG_CHILD_TYPES, validateCreditCode, type OrgType } from '@policyhub/domain';
import { useCreateOrg, useOrgs } from '../../api/orgs';
import type { Org } from '../../api/orgs';
import { PageContainer } from '../../components/page';
import { buildOrgTree, orgStatusText } from '../../components/org-tree';
import { ruleReason, ruleWarnings, useI18n } from '../../i18n';

/** Organization types that are legal entities and therefore carry a unified social credit code. */
const CODE_REQUIRED: readonly OrgType[] = ['insurer', 'enterprise', 'travel_agency'];

type CreateValues = { type: OrgType; name: string; code?: string };

function CreateChildForm({ parent }: { parent: Org }) {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateOrg();
  const childTypes = ORG_CHILD_TYPES[parent.type];
  const type = Form.useWatch('type', form);
  const code = Form.useWatch('code', form);
  const codeWarnings = useMemo(() => {
    if (!code) return [];
    return ruleWarnings(validateCreditCode(code), locale, t);
  }, [code, locale, t]);

  useEffect(() => {
    form.resetFields();
    if (childTypes.length === 1) form.setFieldValue('type', childTypes[0]);
  }, [parent.id, childTypes, form]);

  if (childTypes.length === 0) {
    return <Alert type="info" showIcon title={t('org.noChildren', { type: t(`orgType.${parent.type}`) })} />;
  }

  const onFinish = (values: CreateValues) => {
    const normalized = values.code?.trim() ? validateCreditCode(values.code) : null;
    create.mutate(
      {
        parentId: parent.id,
        type: values.type,
        name: values.name.trim(),
        code: normalized?.ok ? normalized.value : undefined,
      },
      {
        onSuccess: (org) => {
          void message.success(t('org.created', { name: org.name }));
          for (const warning of org.warnings) void message.warning(warning);
          form.resetFields();
          if (childTypes.length === 1) form.setFieldValue('type', childTypes[0]);
        },
      },
    );
  };

  const codeRequired = type ? CODE_REQUIRED.includes(type) : false;

  return (
    <Form<CreateValues> form={form} layout="vertical" onFinish={onFinish} data-testid="org-create-form">
      <Form.Item
        name="type"
        label={t('org.childType')}
        rules={[{ required: true, message: t('org.typeRequired') }]}
      >
        <Select
          data-testid="org-type"
          placeholder={t('common.select')}
          options={childTypes.map((value) => ({ value, label: t(`orgType.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('org.name')}
        rules={[
          { required: true, whitespace: true, message: t('org.nameRequired') },
          { min: 2, message: t('org.nameTooShort') },
          { max: 100, message: t('org.nameTooLong') },
        ]}
      >
        <Input id="org-name" data-testid="org-name" maxLength={100} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('org.creditCode')}
        extra={codeWarnings.length ? undefined : t('org.creditCodeHint')}
        validateStatus={codeWarnings.length ? 'warning' : undefined}
        help={codeWarnings.length ? codeWarnings.join('；') : undefined}
        rules={[
          { required: codeRequired, message: t('org.creditCodeRequired') },
          {
            validator: async (_rule, value: string | undefined) => {
              if (!value || !value.trim()) return;
              const reason = ruleReason(validateCreditCode(value), locale, t);
              if (reason) throw new Error(reason);
            },
          },
        ]}
      >
        <Input id="org-code" data-testid="org-code" maxLength={20} style={{ textTransform: 'uppercase' }} />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        icon={<PlusOutlined />}
        loading={create.isPending}
        data-testid="org-create-submit"
      >
        {t('org.create')}
      </Button>
    </Form>
  );
}

/** 机构管理: the organization tree in scope, and creating child organizations. */
export default function OrgsPage() {
  const { t } = useI18n();
  const orgs = useOrgs();
  const tree = useMemo(() => buildOrgTree(orgs.data ?? [], t), [orgs.data, t]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected =
    orgs.data?.find((o) => o.id === selectedId) ?? orgs.data?.find((o) => o.id === tree[0]?.key) ?? null;

  return (
    <PageContainer title={t('menu.orgs')} subtitle={t('menuDesc.orgs')} testId="page-orgs">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('org.tree')} size="small">
            {orgs.isPending ? (
              <Spin />
            ) : tree.length === 0 ? (
              <Empty description={t('org.empty')} />
            ) : (
              <Tree
                data-testid="org-tree"
                showLine
                defaultExpandAll
                blockNode
                treeData={tree}
                selectedKeys={selected ? [selected.id] : []}
                onSelect={(keys) => {
                  const key = keys[0];
                  if (typeof key === 'string') setSelectedId(key);
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {selected ? (
            <>
              <Card
                title={t('org.detail')}
                size="small"
                style={{ marginBottom: 16 }}
                data-testid="org-detail"
              >
                <Descriptions
                  size="small"
                  column={{ xs: 1, sm: 2 }}
                  items={[
                    { key: 'name', label: t('org.name'), children: selected.name },
                    { key: 'type', label: t('org.type'), children: t(`orgType.${selected.type}`) },
                    { key: 'code', label: t('org.creditCode'), children: selected.code ?? t('common.none') },
                    { key: 'status', label: t('org.status'), children: orgStatusText(selected.status, t) },
                    { key: 'depth', label: t('org.depth'), children: selected.depth },
                  ]}
                />
              </Card>
              <Card title={t('org.createChild', { name: selected.name })} size="small">
                <CreateChildForm parent={selected} />
              </Card>
            </>
          ) : null}
        </Col>
      </Row>
    </PageContainer>
  );
}
