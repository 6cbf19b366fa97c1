import type { ThemeConfig } from 'antd';

/** Navy and blue: the colours of a financial institution, calm enough for long working days. */
export const BRAND = {
  navy: '#0b2447',
  navyLight: '#143a6b',
  blue: '#1f5fbf',
  accent: '#2f80ed',
  background: '#f3f6fb',
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.blue,
    colorInfo: BRAND.blue,
    colorLink: BRAND.blue,
    borderRadius: 6,
    colorBgLayout: BRAND.background,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 20px',
      siderBg: BRAND.navy,
      triggerBg: BRAND.navyLight,
    },
    Menu: {
      darkItemBg: BRAND.navy,
      darkSubMenuItemBg: BRAND.navy,
      darkItemSelectedBg: BRAND.blue,
      darkItemColor: 'rgba(255,255,255,0.78)',
    },
  },
};
