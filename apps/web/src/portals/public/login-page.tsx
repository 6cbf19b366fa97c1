import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Flex, Form, Grid, Input, Row, Steps, Typography } from 'antd';
import { LockOutlined, MobileOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ROLE_PORTAL } from '@policyhub/domain';
import {
  authKeys,
  smsResendKey,
  useCaptcha,
  useLogin,
  useLogout,
  useMe,
  useSendSms,
  useVerifySms,
  type SmsResend,
} from '../../api/auth';
import type { Me } from '../../api/auth';
import { Brand } from '../../components/brand';
import { ChangePasswordForm } from '../../components/change-password-form';
import { FullPageSpin } from '../../components/guards';
import { LanguageSwitch } from '../../components/language-switch';
import { errorText } from '../../error-text';
import { useI18n, type MessageKey } from '../../i18n';
import { BRAND } from '../../theme';
import { CaptchaField } from '../../components/captcha-field';

const RESEND_SECONDS = 60;

/** The portal home of a user, or the `next` page when it lies inside that portal. */
function landingPath(me: Me, next: string | null): string {
  const home = `/${ROLE_PORTAL[me.role]}`;
  if (next && (next === home || next.startsWith(`${home}/`) || next.startsWith(`${home}?`))) return next;
  return home;
}

type LoginValues = { username: string; password: string; captchaAnswer: string };

function PasswordStep({ onPassword }: { onPassword: (password: string) => void }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<LoginValues>();
  const captcha = useCaptcha();
  const login = useLogin();
  const client = useQueryClient();

  const refreshCaptcha = () => {
    form.setFieldValue('captchaAnswer', '');
    void client.invalidateQueries({ queryKey: authKeys.captcha });
  };

  const onFinish = (values: LoginValues) => {
    if (!captcha.data) return;
    onPassword(values.password);
    login.mutate(
      {
        username: values.username.trim(),
        password: values.password,
        captchaId: captcha.data.captchaId,
        captchaAnswer: values.captchaAnswer.trim(),
      },
      // A captcha is good for one attempt: any failure needs a new one.
      { onError: refreshCaptcha },
    );
  };

  return (
    <Form<LoginValues> form={form} layout="vertical" size="large" requiredMark={false} onFinish={onFinish}>
      <Form.Item
        name="username"
        label={t('login.usernameOrMobile')}
        rules={[{ required: true, whitespace: true, message: t('login.usernameOrMobileRequired') }]}
      >
        <Input
          id="login-username"
          data-testid="login-username"
          prefix={<UserOutlined />}
          autoComplete="username"
          placeholder={t('login.usernameOrMobilePlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password
          id="login-password"
          data-testid="login-password"
          prefix={<LockOutlined />}
          autoComplete="current-password"
          placeholder={t('login.passwordPlaceholder')}
        />
      </Form.Item>
      <CaptchaField captcha={captcha} onRefresh={refreshCaptcha} testIdPrefix="login" />
      {login.isError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={errorText(login.error, locale, t)}
          data-testid="login-error"
        />
      ) : null}
      <Form.Item style={{ marginBottom: 8 }}>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={login.isPending}
          disabled={!captcha.data}
          data-testid="login-submit"
        >
          {t('auth.login')}
        </Button>
      </Form.Item>
    </Form>
  );
}

function SmsStep({ me, onCancel }: { me: Me; onCancel: () => void }) {
  const { t, locale } = useI18n();
  const verify = useVerifySms();
  const send = useSendSms();
  const client = useQueryClient();
  const [mobile, setMobile] = useState<string | null>(me.mobileMasked);
  // Count down from what the login answered: the server sends at most one code a minute per user,
  // so a repeated login may have sent none and the wait may already be under way.
  const [secondsLeft, setSecondsLeft] = useState(() => {
    const last = client.getQueryData<SmsResend>(smsResendKey);
    if (!last) return RESEND_SECONDS;
    return Math.max(0, last.seconds - Math.floor((Date.now() - last.at) / 1000));
  });
  // No new code this time: the one sent within the last minute is the one to enter.
  const [reused, setReused] = useState(() => client.getQueryData<SmsResend>(smsResendKey)?.sent === false);

  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = setTimeout(() => setSecondsLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [secondsLeft]);

  const resend = () => {
    send.mutate(undefined, {
      onSuccess: (answer) => {
        if (answer.mobileMasked) setMobile(answer.mobileMasked);
        setSecondsLeft(answer.resendInSeconds ?? RESEND_SECONDS);
        setReused(false);
      },
    });
  };

  return (
    <Form<{ code: string }>
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={(values) => verify.mutate(values.code.trim())}
    >
      <Alert
        type="info"
        showIcon
        icon={<MobileOutlined />}
        style={{ marginBottom: 16 }}
        title={
          mobile ? t(reused ? 'login.smsSentBefore' : 'login.smsSentTo', { mobile }) : t('login.smsSent')
        }
        data-testid="sms-sent-to"
      />
      <Form.Item label={t('login.smsCode')} required>
        <Flex gap={8}>
          <Form.Item
            name="code"
            noStyle
            rules={[
              { required: true, message: t('login.smsCodeRequired') },
              { pattern: /^\s*\d{6}\s*$/, message: t('login.smsCodeFormat') },
            ]}
          >
            <Input
              id="sms-code"
              data-testid="sms-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              placeholder={t('login.smsCodePlaceholder')}
            />
          </Form.Item>
          <Button
            onClick={resend}
            disabled={secondsLeft > 0}
            loading={send.isPending}
            data-testid="sms-resend"
            style={{ minWidth: 120 }}
          >
            {secondsLeft > 0 ? t('login.smsResendIn', { seconds: secondsLeft }) : t('login.smsResend')}
          </Button>
        </Flex>
      </Form.Item>
      {verify.isError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={errorText(verify.error, locale, t)}
          data-testid="sms-error"
        />
      ) : null}
      <Form.Item style={{ marginBottom: 8 }}>
        <Button type="primary" htmlType="submit" block loading={verify.isPending} data-testid="sms-submit">
          {t('login.smsVerify')}
        </Button>
      </Form.Item>
      <Button type="link" block onClick={onCancel} data-testid="login-restart">
        {t('login.restart')}
      </Button>
    </Form>
  );
}

type Stage = 'login' | 'sms' | 'password';

/**
 * 登录: password and image captcha, then the SMS code when the role or the user requires it,
 * then a forced password change for an initial or reset password. The step follows the
 * session's stage, so a reload lands on the same step.
 */
export default function LoginPage() {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [params] = useSearchParams();
  const me = useMe();
  const logout = useLogout();
  const client = useQueryClient();
  const passwordRef = useRef<string | undefined>(undefined);

  if (me.isPending) return <FullPageSpin />;
  const user = me.isSuccess ? me.data : null;
  if (user?.stage === 'active') return <Navigate to={landingPath(user, params.get('next'))} replace />;
  const stage: Stage = user?.stage === 'sms' ? 'sms' : user?.stage === 'password' ? 'password' : 'login';

  const restart = () => {
    passwordRef.current = undefined;
    logout.mutate(undefined, { onSettled: () => client.removeQueries({ queryKey: authKeys.me }) });
  };

  const steps: { key: Stage; title: MessageKey }[] = [
    { key: 'login', title: 'login.stepAccount' },
    ...(stage === 'sms' || user?.smsRequired || user?.smsTwoFactor
      ? [{ key: 'sms' as const, title: 'login.stepSms' as const }]
      : []),
    ...(stage === 'password' ? [{ key: 'password' as const, title: 'login.stepPassword' as const }] : []),
  ];
  const current = steps.findIndex((s) => s.key === stage);

  const titles: Record<Stage, MessageKey> = {
    login: 'login.title',
    sms: 'login.smsTitle',
    password: 'login.passwordTitle',
  };

  return (
    <Row style={{ minHeight: '100vh', background: BRAND.background }}>
      <Col
        xs={0}
        lg={11}
        style={{
          background: `linear-gradient(160deg, ${BRAND.navy} 0%, ${BRAND.navyLight} 60%, ${BRAND.blue} 100%)`,
          color: '#fff',
          padding: '48px 56px',
        }}
      >
        <Flex vertical justify="space-between" style={{ height: '100%' }}>
          <Link to="/">
            <Brand dark />
          </Link>
          <div>
            <Typography.Title level={2} style={{ color: '#fff' }}>
              {t('home.tagline')}
            </Typography.Title>
            <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.8)', fontSize: 15, maxWidth: 460 }}>
              {t('login.aside')}
            </Typography.Paragraph>
            <ul style={{ color: 'rgba(255,255,255,0.85)', paddingInlineStart: 18, lineHeight: 2 }}>
              <li>{t('home.line.taxHealth')}</li>
              <li>{t('home.line.mutualAid')}</li>
              <li>{t('home.line.travel')}</li>
              <li>{t('home.line.motor')}</li>
            </ul>
          </div>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.55)', fontSize: 12 }}>
            {t('common.footer')}
          </Typography.Text>
        </Flex>
      </Col>
      <Col xs={24} lg={13}>
        <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: '24px 16px' }}>
          <Flex
            justify="space-between"
            align="center"
            style={{ width: '100%', maxWidth: 420, marginBottom: 16 }}
          >
            {/* On wide screens the brand is in the side panel already. */}
            <Link to="/" style={{ visibility: screens.lg ? 'hidden' : 'visible' }}>
              <Brand compact />
            </Link>
            <LanguageSwitch />
          </Flex>
          <Card style={{ width: '100%', maxWidth: 420 }} data-testid={`login-stage-${stage}`}>
            <Typography.Title level={3} style={{ marginTop: 0 }}>
              {t(titles[stage])}
            </Typography.Title>
            {steps.length > 1 ? (
              <Steps
                size="small"
                current={current}
                items={steps.map((s) => ({ title: t(s.title) }))}
                style={{ marginBottom: 24 }}
                responsive={false}
              />
            ) : null}
            {stage === 'login' ? (
              <PasswordStep
                onPassword={(password) => {
                  passwordRef.current = password;
                }}
              />
            ) : null}
            {stage === 'sms' && user ? <SmsStep me={user} onCancel={restart} /> : null}
            {stage === 'password' && user ? (
              <>
                <ChangePasswordForm
                  username={user.username}
                  initialOldPassword={passwordRef.current}
                  submitText={t('login.passwordSubmit')}
                  onSuccess={() => void client.invalidateQueries({ queryKey: authKeys.me })}
                />
                <Button
                  type="link"
                  block
                  onClick={restart}
                  style={{ marginTop: 8 }}
                  data-testid="login-restart"
                >
                  {t('login.restart')}
                </Button>
              </>
            ) : null}
          </Card>
        </Flex>
      </Col>
    </Row>
  );
}
