import { Form, Input, Modal } from 'antd';
import { useT } from '../i18n';

/** Asks for the reason of a rejection (registrations, listings, declines). */
export function RejectModal({
  open,
  title,
  loading,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  title: string;
  loading?: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={t('review.reject')}
      okButtonProps={{ danger: true, ...({ 'data-testid': 'reject-submit' } as Record<string, string>) }}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => onSubmit(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('review.reason')}
          rules={[{ required: true, whitespace: true, message: t('review.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="reject-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
