import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { RuleResult } from '@policyhub/domain';
import zhCN from './zh-CN.json';
import enUS from './en-US.json';

export type Locale = 'zh-CN' | 'en-US';
export type MessageKey = keyof typeof zhCN;
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

// The en-US catalogue must have exactly the zh-CN keys (scripts/check-i18n.mjs checks both ways).
const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
const STORAGE_KEY = 'policyhub.locale';

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}

function format(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh-CN' || saved === 'en-US') return saved;
  } catch {
    // storage may be unavailable (private mode); Chinese is the default
  }
  return 'zh-CN';
}

/** Translation outside React (error notifications raised from the fetch layer). */
let currentLocale: Locale = initialLocale();
export function translate(key: MessageKey, vars?: Vars): string {
  return format(CATALOGUES[currentLocale][key], vars);
}
export function getLocale(): Locale {
  return currentLocale;
}

type I18nValue = { locale: Locale; setLocale: (locale: Locale) => void; t: Translate };
const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(currentLocale);

  useEffect(() => {
    currentLocale = locale;
    document.documentElement.lang = locale;
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    currentLocale = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not persisted; still switched for this page
    }
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nValue>(() => {
    const catalogue = CATALOGUES[locale];
    return { locale, setLocale, t: (key, vars) => format(catalogue[key], vars) };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

/**
 * The user-facing reason of a failed domain rule. Domain reasons are Chinese and precise (they
 * name the position of a wrong digit), so zh-CN shows them verbatim; en-US uses the catalogue's
 * text for the rule's code.
 */
export function ruleReason(result: RuleResult<unknown>, locale: Locale, t: Translate): string | null {
  if (result.ok) return null;
  if (locale === 'zh-CN') return result.reason;
  const key = `rule.${result.code}`;
  return isMessageKey(key) ? t(key) : t('rule.INVALID');
}

/** The warnings of a passing domain rule, translated the same way. */
export function ruleWarnings(result: RuleResult<unknown>, locale: Locale, t: Translate): string[] {
  if (!result.ok || result.warnings.length === 0) return [];
  return locale === 'zh-CN' ? result.warnings : [t('rule.WARNING')];
}
