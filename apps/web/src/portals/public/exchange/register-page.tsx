import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Flex, Form, Input, Result, Row, Segmented, Typography } from 'antd';
import {
  validateCreditCode,
  validateEmail,
  validateMobile,
  validateOrgCode,
  validatePassword,
} from '@policyhub/domain';
import { authKeys, useCaptcha } from '../../../api/auth';
import { useRegisterEnterprise } from '../../../api/exchange';
import { errorText } from '../../../error-text';
import { ruleReason, useI18n } from '../../../i18n';
import { CaptchaField } from '../../../components/captcha-field';

type CodeKind = 'uscc' | 'old';
type Values = {
  username: string;
  email: string;
  contactName: string;
  contactMobile: string;
  companyName: string;
  creditCode?: string;
  orgCode?: string;
  licenceNo?: string;
  taxNo?: string;
  password: string;
  passwordConfirm: string;
  captchaAnswer: string;
};

/** 企业用户注册 (seed 2.2): the operator's account and the company's codes; an admin approves it. */
export default function RegisterPage() {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<CodeKind>('uscc');
  const captcha = useCaptcha();
  const client = useQueryClient();
  const register = useRegisterEnterprise();
  const [done, setDone] = useState(false);

  const refreshCaptcha = () => {
    form.setFieldValue('captchaAnswer', '');
    void client.invalidateQueries({ queryKey: authKeys.captcha });
  };

  const onFinish = (values: Values) => {
    if (!captcha.data) return;
    const uscc = values.creditCode ? validateCreditCode(values.creditCode) : null;
    const org = values.orgCode ? validateOrgCode(values.orgCode) : null;
    const email = validateEmail(values.email);
    const mobile = validateMobile(values.contactMobile);
    register.mutate(
      {
        username: values.username.trim(),
        password: values.password,
        passwordConfirm: values.passwordConfirm,
        companyName: values.companyName.trim(),
        ...(kind === 'uscc'
          ? { creditCode: uscc?.ok ? String(uscc.value) : values.creditCode?.trim() }
          : {
              orgCode: org?.ok ? String(org.value) : values.orgCode?.trim(),
              licenceNo: values.licenceNo?.trim(),
              taxNo: values.taxNo?.trim(),
            }),
        email: email.ok ? String(email.value) : values.email.trim(),
        contactName: values.contactName.trim(),
        contactMobile: mobile.ok ? String(mobile.value) : values.contactMobile.trim(),
        captchaId: captcha.data.captchaId,
        captchaAnswer: values.captchaAnswer.trim(),
      },
      { onSuccess: () => setDone(true), onError: refreshCaptcha },
    );
  };

  const rule = (check: (v: string) => Parameters<typeof ruleReason>[0]) => ({
    validator: async (_r: unknown, value: string | undefined) => {
      if (!value) return;
      const reason = ruleReason(check(value), locale, t);
      if (reason) throw new Error(reason);
    },
  });

  const wrap = { maxWidth: 880, margin: '0 auto', padding: '24px 16px' };
  if (done)
    return (
      <div style={wrap}>
        <Card>
          <Result
            status="success"
            title={t('register.pendingTitle')}
            subTitle={t('register.pendingText')}
            data-testid="register-pending"
            extra={
              <Link to="/login">
                <Button type="primary">{t('auth.login')}</Button>
              </Link>
            }
          />
        </Card>
      </div>
    );

  return (
    <div style={wrap} data-testid="page-register">
      <Card title={t('register.title')}>
        <Typography.Paragraph type="secondary">{t('register.subtitle')}</Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} data-testid="register-form">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="username"
                label={t('register.username')}
                rules={[
                  { required: true, whitespace: true, message: t('register.usernameRequired') },
                  { pattern: /^[A-Za-z0-9_.@-]{4,32}$/, message: t('register.usernameRule') },
                ]}
              >
                <Input
                  data-testid="register-username"
                  autoComplete="username"
                  placeholder={t('register.usernamePlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="email"
                label={t('register.email')}
                rules={[{ required: true, message: t('register.emailRequired') }, rule(validateEmail)]}
              >
                <Input
                  data-testid="register-email"
                  autoComplete="email"
                  placeholder={t('register.emailPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="companyName"
                label={t('register.companyName')}
                rules={[{ required: true, whitespace: true, message: t('register.companyRequired') }]}
              >
                <Input
                  data-testid="register-company"
                  maxLength={100}
                  placeholder={t('register.companyPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="contactName"
                label={t('register.contactName')}
                rules={[{ required: true, whitespace: true, message: t('register.contactNameRequired') }]}
              >
                <Input data-testid="register-contact-name" maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="contactMobile"
                label={t('register.contactMobile')}
                rules={[
                  { required: true, message: t('register.contactMobileRequired') },
                  rule(validateMobile),
                ]}
              >
                <Input data-testid="register-contact-mobile" inputMode="tel" maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('register.codeKind')}>
                <Segmented<CodeKind>
                  value={kind}
                  onChange={setKind}
                  data-testid="register-code-kind"
                  options={[
                    { value: 'uscc', label: t('register.codeUscc') },
                    { value: 'old', label: t('register.codeOld') },
                  ]}
                />
              </Form.Item>
            </Col>
            {kind === 'uscc' ? (
              <Col xs={24} md={12}>
                <Form.Item
                  name="creditCode"
                  label={t('register.creditCode')}
                  validateTrigger="onChange"
                  rules={[
                    { required: true, message: t('register.creditCodeRequired') },
                    rule((v) => validateCreditCode(v)),
                  ]}
                >
                  <Input
                    data-testid="register-credit-code"
                    maxLength={18}
                    placeholder={t('register.creditCodePlaceholder')}
                  />
                </Form.Item>
              </Col>
            ) : (
              <>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="orgCode"
                    label={t('register.orgCode')}
                    validateTrigger="onChange"
                    rules={[
                      { required: true, message: t('register.orgCodeRequired') },
                      rule(validateOrgCode),
                    ]}
                  >
                    <Input
                      data-testid="register-org-code"
                      maxLength={10}
                      placeholder={t('register.orgCodePlaceholder')}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="licenceNo"
                    label={t('register.licenceNo')}
                    rules={[
                      { required: true, whitespace: true, message: t('register.licenceRequired') },
                      { pattern: /^[0-9A-Za-z]{13,18}$/, message: t('register.licenceRule') },
                    ]}
                  >
                    <Input
                      data-testid="register-licence-no"
                      maxLength={18}
                      placeholder={t('register.licencePlaceholder')}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="taxNo"
                    label={t('register.taxNo')}
                    rules={[
                      { required: true, whitespace: true, message: t('register.taxRequired') },
                      { pattern: /^[0-9A-Za-z]{15,20}$/, message: t('register.taxRule') },
                    ]}
                  >
                    <Input
                      data-testid="register-tax-no"
                      maxLength={20}
                      placeholder={t('register.taxPlaceholder')}
                    />
                  </Form.Item>
                </Col>
              </>
            )}
            <Col xs={24} md={12}>
              <Form.Item
                name="password"
                label={t('register.password')}
                rules={[
                  { required: true, message: t('register.passwordRequired') },
                  rule((v) => validatePassword(v)),
                ]}
              >
                <Input.Password
                  data-testid="register-password"
                  autoComplete="new-password"
                  placeholder={t('register.passwordPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="passwordConfirm"
                label={t('register.passwordConfirm')}
                dependencies={['password']}
                rules={[
                  { required: true, message: t('register.passwordConfirmRequired') },
                  ({ getFieldValue }) => ({
                    validator: async (_r, value: string | undefined) => {
                      if (value && value !== getFieldValue('password'))
                        throw new Error(t('register.passwordMismatch'));
                    },
                  }),
                ]}
              >
                <Input.Password
                  data-testid="register-password-confirm"
                  autoComplete="new-password"
                  placeholder={t('register.passwordConfirmPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <CaptchaField captcha={captcha} onRefresh={refreshCaptcha} testIdPrefix="register" />
            </Col>
          </Row>
          {register.isError ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorText(register.error, locale, t)}
              data-testid="register-error"
            />
          ) : null}
          <Flex justify="center" gap={12}>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              loading={register.isPending}
              data-testid="register-submit"
            >
              {t('register.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </div>
  );
}
