import { App as AntApp, Card, Col, Flex, Row, Switch, Typography } from 'antd';
import { useUpdateProfile } from '../../api/me';
import { useCurrentUser } from '../../components/guards';
import { ChangePasswordForm } from '../../components/change-password-form';
import { PageContainer } from '../../components/page';
import { useT } from '../../i18n';

/** The optional SMS second factor (required, and not switchable, for union and travel roles). */
function SmsTwoFactorCard() {
  const t = useT();
  const me = useCurrentUser();
  const { message } = AntApp.useApp();
  const update = useUpdateProfile();
  const checked = me.smsRequired || me.smsTwoFactor;
  return (
    <Card title={t('security.title')} data-testid="security-card">
      <Flex justify="space-between" align="center" gap={16}>
        <div>
          <Typography.Text strong>{t('user.smsTwoFactor')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {me.smsRequired
              ? t('security.smsRequired')
              : t('security.smsOptional', { mobile: me.mobileMasked ?? t('common.none') })}
          </Typography.Paragraph>
        </div>
        <Switch
          checked={checked}
          disabled={me.smsRequired || !me.mobileMasked}
          loading={update.isPending}
          data-testid="sms-two-factor-switch"
          onChange={(value) =>
            update.mutate(
              { smsTwoFactor: value },
              { onSuccess: () => void message.success(value ? t('security.smsOn') : t('security.smsOff')) },
            )
          }
        />
      </Flex>
    </Card>
  );
}

/** 修改密码 for every signed-in role, with the account's second-factor setting beside it. */
export function ChangePasswordPage() {
  const t = useT();
  const me = useCurrentUser();
  const { message } = AntApp.useApp();
  return (
    <PageContainer title={t('menu.password')} subtitle={t('menuDesc.password')} testId="page-change-password">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card>
            <ChangePasswordForm
              username={me.username}
              onSuccess={() => void message.success(t('password.changed'))}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <SmsTwoFactorCard />
        </Col>
      </Row>
    </PageContainer>
  );
}
