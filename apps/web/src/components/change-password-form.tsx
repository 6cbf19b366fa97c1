import { Alert, Button, Form, Input, Typography } from 'antd';
import { validatePassword } from '@policyhub/domain';
import { useChangePassword } from '../api/auth';
import { useI18n, ruleReason } from '../i18n';
import { errorText } from '../error-text';

type Values = { oldPassword: string; newPassword: string; confirmPassword: string };

/**
 * Old password, new password twice; the new one is checked while typing with the domain's
 * validatePassword (the server applies the same rule).
 */
export function ChangePasswordForm({
  username,
  initialOldPassword,
  onSuccess,
  submitText,
}: {
  username: string;
  initialOldPassword?: string;
  onSuccess: () => void;
  submitText?: string;
}) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();

  const onFinish = (values: Values) => {
    change.mutate({ oldPassword: values.oldPassword, newPassword: values.newPassword }, { onSuccess });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      initialValues={{ oldPassword: initialOldPassword ?? '' }}
      data-testid="change-password-form"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('password.rulesTitle')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            <li>{t('password.ruleLength')}</li>
            <li>{t('password.ruleClasses')}</li>
            <li>{t('password.ruleUsername')}</li>
          </ul>
        }
      />
      <Form.Item
        name="oldPassword"
        label={t('password.old')}
        rules={[{ required: true, message: t('password.oldRequired') }]}
      >
        <Input.Password id="old-password" data-testid="old-password" autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        dependencies={['oldPassword']}
        validateFirst
        rules={[
          { required: true, message: t('password.newRequired') },
          {
            validator: async (_rule, value: string) => {
              const reason = ruleReason(validatePassword(value ?? '', { username }), locale, t);
              if (reason) throw new Error(reason);
            },
          },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string) => {
              if (value && value === getFieldValue('oldPassword')) throw new Error(t('password.sameAsOld'));
            },
          }),
        ]}
      >
        <Input.Password id="new-password" data-testid="new-password" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password id="confirm-password" data-testid="confirm-password" autoComplete="new-password" />
      </Form.Item>
      {change.isError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={errorText(change.error, locale, t)}
          data-testid="change-password-error"
        />
      ) : null}
      <Form.Item style={{ marginBottom: 0 }}>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={change.isPending}
          data-testid="change-password-submit"
        >
          {submitText ?? t('password.submit')}
        </Button>
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
        {t('password.afterChange')}
      </Typography.Paragraph>
    </Form>
  );
}
