import { isApiError } from './api/client';
import { isMessageKey, type Locale, type Translate } from './i18n';

/** The text shown for a failed call: the server's Chinese message, or the catalogue's per code. */
export function errorText(error: unknown, locale: Locale, t: Translate): string {
  if (isApiError(error)) {
    if (locale === 'zh-CN' && error.message) return error.message;
    const key = `error.${error.code}`;
    if (isMessageKey(key)) return t(key);
    return locale === 'zh-CN' ? t('error.UNKNOWN') : `${t('error.UNKNOWN')} (${error.code})`;
  }
  return t('error.UNKNOWN');
}
