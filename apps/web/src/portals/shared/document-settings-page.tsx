import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Form, Input, Select, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useInsurerDocumentSettings, useUpdateInsurerDocumentSettings } from '../../api/documents';
import { useOrgs } from '../../api/orgs';
import { useCurrentUser } from '../../components/guards';
import { formatTime } from '../../components/format';
import { PageContainer } from '../../components/page';
import { errorText } from '../../error-text';
import { useI18n } from '../../i18n';

const LOGO_MAX_BYTES = 200 * 1024;

/**
 * 单证设置: the hotline and logo an insurer's e-policies print (the seal is drawn from its name or
 * imported with its key). The insurer edits its own; the platform admin picks an insurer.
 */
export default function DocumentSettingsPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const isAdmin = me.role === 'exchange_admin';
  const orgs = useOrgs({ enabled: isAdmin });
  const insurers = (orgs.data ?? []).filter((o) => o.type === 'insurer');
  const [picked, setPicked] = useState<string | undefined>();
  const orgId = isAdmin ? (picked ?? insurers[0]?.id) : me.org?.id;
  return (
    <PageContainer title={t('docSettings.title')}>
      <Typography.Paragraph type="secondary">{t('docSettings.intro')}</Typography.Paragraph>
      {isAdmin && (
        <Space style={{ marginBottom: 16 }}>
          <span>{t('docSettings.insurer')}</span>
          <Select
            style={{ minWidth: 280 }}
            loading={orgs.isPending}
            value={orgId}
            onChange={setPicked}
            options={insurers.map((o) => ({ value: o.id, label: o.name }))}
            data-testid="doc-settings-insurer"
          />
        </Space>
      )}
      {orgId && <SettingsForm key={orgId} orgId={orgId} />}
    </PageContainer>
  );
}

function SettingsForm({ orgId }: { orgId: string }) {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const settings = useInsurerDocumentSettings(orgId);
  const update = useUpdateInsurerDocumentSettings(orgId);
  const [form] = Form.useForm<{ hotline: string }>();
  const [logo, setLogo] = useState<{ dataUrl: string | null; changed: boolean }>({
    dataUrl: null,
    changed: false,
  });
  useEffect(() => {
    if (!settings.data) return;
    form.setFieldsValue({ hotline: settings.data.hotline ?? '' });
    setLogo({ dataUrl: settings.data.logo?.dataUrl ?? null, changed: false });
  }, [settings.data, form]);

  const pick = (file: File) => {
    if (!['image/png', 'image/jpeg'].includes(file.type)) message.error(t('docSettings.logoType'));
    else if (file.size > LOGO_MAX_BYTES) message.error(t('docSettings.logoSize'));
    else {
      const reader = new FileReader();
      reader.onload = () => setLogo({ dataUrl: String(reader.result), changed: true });
      reader.readAsDataURL(file);
    }
    return false; // read in the browser, sent with 保存
  };

  const save = async () => {
    const { hotline } = await form.validateFields();
    try {
      await update.mutateAsync({
        hotline: hotline.trim() || null,
        ...(logo.changed ? { logo: logo.dataUrl } : {}),
      });
      message.success(t('docSettings.saved'));
    } catch (error) {
      message.error(errorText(error, locale, t));
    }
  };

  if (settings.isError) return <Alert type="error" showIcon message={errorText(settings.error, locale, t)} />;
  return (
    <Card loading={settings.isPending} title={settings.data?.insurerName}>
      <Form form={form} layout="vertical" style={{ maxWidth: 480 }} onFinish={() => void save()}>
        <Form.Item
          name="hotline"
          label={t('docSettings.hotline')}
          extra={t('docSettings.hotlineHelp')}
          rules={[{ pattern: /^\s*(\d(-?\d){2,19})?\s*$/, message: t('docSettings.hotlineInvalid') }]}
        >
          <Input placeholder="95556" inputMode="tel" data-testid="doc-settings-hotline" />
        </Form.Item>
        <Form.Item label={t('docSettings.logo')} extra={t('docSettings.logoHelp')}>
          <Space align="center" wrap>
            <div className="ph-logo-preview" data-testid="doc-settings-logo-preview">
              {logo.dataUrl ? (
                <img src={logo.dataUrl} alt={t('docSettings.logo')} width={64} height={64} />
              ) : (
                <Typography.Text type="secondary">{t('docSettings.noLogo')}</Typography.Text>
              )}
            </div>
            <Upload accept="image/png,image/jpeg" showUploadList={false} beforeUpload={pick}>
              <Button icon={<UploadOutlined />}>{t('docSettings.chooseLogo')}</Button>
            </Upload>
            {logo.dataUrl && (
              <Button onClick={() => setLogo({ dataUrl: null, changed: true })}>
                {t('docSettings.removeLogo')}
              </Button>
            )}
          </Space>
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="doc-settings-save">
            {t('common.save')}
          </Button>
          {settings.data?.updatedAt && (
            <Typography.Text type="secondary" data-testid="doc-settings-updated-at">
              {t('docSettings.updatedAt')} {formatTime(settings.data.updatedAt)}
            </Typography.Text>
          )}
        </Space>
      </Form>
    </Card>
  );
}
