import { Checkbox, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n';

export type AgreementDocument = { title: string; url: string };

/**
 * A consent checkbox whose 《agreement》 opens its text: the document in a new tab (the form
 * stays as it is). When there is no document, the name is shown with a note saying so — never a
 * link that leads nowhere. Only the prefix is the checkbox's label, so clicking the name opens
 * the text instead of ticking the box.
 */
export function AgreementConsent({
  checked,
  onChange,
  name,
  prefix,
  suffix,
  document,
  testId,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The agreement's name as the sentence says it, e.g. 《自动扣款授权协议》. */
  name: string;
  prefix: string;
  suffix: string;
  document: AgreementDocument | null;
  testId: string;
}) {
  const { t, locale } = useI18n();
  // Chinese runs the sentence together; English needs the spaces.
  const gap = locale === 'zh-CN' ? null : ' ';
  return (
    <div data-testid={`${testId}-line`}>
      <Checkbox checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId}>
        {prefix}
      </Checkbox>
      {gap}
      {document ? (
        <a
          href={document.url}
          target="_blank"
          rel="noopener noreferrer"
          title={t('agreement.openHint', { title: document.title })}
          data-testid={`${testId}-document`}
        >
          {name}
          <FilePdfOutlined style={{ marginInlineStart: 2 }} />
        </a>
      ) : (
        <Typography.Text strong>{name}</Typography.Text>
      )}
      <span>{suffix}</span>
      {document ? null : (
        <Typography.Paragraph
          type="warning"
          style={{ margin: '4px 0 0 24px', fontSize: 12 }}
          data-testid={`${testId}-missing`}
        >
          {t('agreement.missing', { name })}
        </Typography.Paragraph>
      )}
    </div>
  );
}
