import { BRAND } from '../theme';

/** The PolicyHub shield mark. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" style={{ flex: 'none' }}>
      <rect width="64" height="64" rx="14" fill={BRAND.navyLight} />
      <path d="M32 10 50 17v14c0 12-8 20-18 23-10-3-18-11-18-23V17z" fill={BRAND.accent} />
      <path
        d="m24 32 6 6 11-12"
        fill="none"
        stroke="#fff"
        strokeWidth="5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** 「PolicyHub 保单通」 — the product name is the same in every language. */
export function BrandName({ dark = false, compact = false }: { dark?: boolean; compact?: boolean }) {
  return (
    <span
      style={{
        display: 'inline-flex',
        alignItems: 'baseline',
        gap: 6,
        fontWeight: 600,
        fontSize: compact ? 16 : 18,
        color: dark ? '#fff' : BRAND.navy,
        whiteSpace: 'nowrap',
      }}
    >
      PolicyHub
      <span
        style={{
          fontWeight: 500,
          fontSize: compact ? 14 : 16,
          color: dark ? 'rgba(255,255,255,0.85)' : BRAND.blue,
        }}
      >
        保单通
      </span>
    </span>
  );
}

export function Brand({ dark = false, compact = false }: { dark?: boolean; compact?: boolean }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 10 }}>
      <BrandMark size={compact ? 24 : 28} />
      <BrandName dark={dark} compact={compact} />
    </span>
  );
}
