import { Button, Flex, Form, Input, Tooltip } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import type { ResponseOf } from '../api/openapi';
import { useT } from '../i18n';

export type CaptchaData = ResponseOf<'/api/auth/captcha', 'get'>;

/** The server's SVG captcha as an image source. */
export function captchaSrc(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/**
 * The image captcha of a form (login, public query, registration): the answer input (form field
 * `captchaAnswer`) and the image, which refreshes on click. In the server's test mode the image
 * carries the answer in `data-answer`, for automated browser tests only.
 */
export function CaptchaField({
  captcha,
  onRefresh,
  testIdPrefix,
}: {
  captcha: { data?: CaptchaData; isFetching: boolean; isError: boolean };
  onRefresh: () => void;
  testIdPrefix: string;
}) {
  const t = useT();
  return (
    <Form.Item label={t('login.captcha')} required>
      <Flex gap={8}>
        <Form.Item
          name="captchaAnswer"
          noStyle
          rules={[{ required: true, whitespace: true, message: t('login.captchaRequired') }]}
        >
          <Input
            id={`${testIdPrefix}-captcha`}
            data-testid={`${testIdPrefix}-captcha`}
            prefix={<SafetyOutlined />}
            autoComplete="off"
            maxLength={8}
            placeholder={t('login.captchaPlaceholder')}
          />
        </Form.Item>
        <Tooltip title={t('login.captchaRefresh')}>
          {captcha.data ? (
            <img
              className="ph-captcha"
              src={captchaSrc(captcha.data.svg)}
              alt={t('login.captchaAlt')}
              onClick={onRefresh}
              data-testid={`${testIdPrefix}-captcha-image`}
              data-captcha-id={captcha.data.captchaId}
              data-answer={captcha.data.answer}
            />
          ) : (
            <Button
              className="ph-captcha"
              style={{ width: 120, height: 40, flex: 'none' }}
              loading={captcha.isFetching}
              onClick={onRefresh}
              data-testid={`${testIdPrefix}-captcha-image`}
            >
              {captcha.isError ? t('login.captchaRetry') : ''}
            </Button>
          )}
        </Tooltip>
      </Flex>
    </Form.Item>
  );
}
