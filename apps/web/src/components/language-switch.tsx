import { Segmented } from 'antd';
import { useUpdateProfile } from '../api/me';
import { useI18n, type Locale } from '../i18n';

/**
 * 中文 / EN switch in every header; the choice is kept in localStorage. `remember` (signed-in
 * headers) also saves it on the account, so the platform's SMS and e-mail to this person are sent
 * in that language.
 */
export function LanguageSwitch({
  size = 'small',
  remember = false,
}: {
  size?: 'small' | 'middle';
  remember?: boolean;
}) {
  const { locale, setLocale, t } = useI18n();
  const save = useUpdateProfile();
  return (
    <Segmented<Locale>
      data-testid="language-switch"
      aria-label={t('common.language')}
      size={size}
      value={locale}
      onChange={(next) => {
        setLocale(next);
        if (remember) save.mutate({ language: next });
      }}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en-US' },
      ]}
    />
  );
}
