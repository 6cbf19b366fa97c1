import { Segmented } from 'antd';
import { useI18n, type Locale } from '../i18n';

/** 中文 / EN switch in every header; the choice is kept in localStorage. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      data-testid="language-switch"
      aria-label={t('common.language')}
      size={size}
      value={locale}
      onChange={setLocale}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en-US' },
      ]}
    />
  );
}
