import { useState } from 'react';
import { App as AntApp, Button, Modal, Radio, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useSendToInsurer } from '../api/exchange';
import { errorText } from '../error-text';
import { useI18n } from '../i18n';

/** 发送保险公司: by e-mail with the materials attached, or through the insurer API. */
export function SendToInsurer({
  orderId,
  link,
  onSent,
}: {
  orderId: string;
  link?: boolean;
  onSent?: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const send = useSendToInsurer();
  const [open, setOpen] = useState(false);
  const [via, setVia] = useState<'email' | 'api'>('email');

  return (
    <>
      {link ? (
        <a onClick={() => setOpen(true)} data-testid="admin-order-send">
          {t('adminOrder.send')}
        </a>
      ) : (
        <Button icon={<SendOutlined />} onClick={() => setOpen(true)} data-testid="admin-order-send">
          {t('adminOrder.send')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('adminOrder.send')}
        onCancel={() => setOpen(false)}
        okText={t('adminOrder.send')}
        cancelText={t('common.cancel')}
        confirmLoading={send.isPending}
        okButtonProps={{ ...({ 'data-testid': 'admin-send-submit' } as Record<string, string>) }}
        onOk={() =>
          send.mutate(
            { id: orderId, via },
            {
              onSuccess: () => {
                void message.success(t(via === 'api' ? 'adminOrder.sentApi' : 'adminOrder.sentEmail'));
                setOpen(false);
                onSent?.();
              },
              onError: (error) => void message.error(errorText(error, locale, t)),
            },
          )
        }
        destroyOnHidden
      >
        <Typography.Paragraph>{t('adminOrder.sendConfirm')}</Typography.Paragraph>
        <Radio.Group
          value={via}
          onChange={(e) => setVia(e.target.value as 'email' | 'api')}
          data-testid="admin-send-via"
        >
          <Radio value="email" data-testid="admin-send-email">
            {t('sentVia.email')}
          </Radio>
          <Radio value="api" data-testid="admin-send-api">
            {t('sentVia.api')}
          </Radio>
        </Radio.Group>
      </Modal>
    </>
  );
}
