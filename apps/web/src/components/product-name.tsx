import type { CSSProperties } from 'react';
import { productNameParts } from './product-name-parts';

/**
 * A product's name that is never cut: it wraps anywhere in the common part, and the end that
 * tells two products apart (A款 / B款) stays whole on one line.
 */
export function ProductName({
  name,
  testId,
  style,
}: {
  name: string;
  testId?: string;
  style?: CSSProperties;
}) {
  const { base, suffix } = productNameParts(name);
  return (
    <span
      data-testid={testId}
      title={name}
      style={{ whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0, ...style }}
    >
      {base}
      {suffix ? (
        <span style={{ whiteSpace: 'nowrap' }} data-testid={testId ? `${testId}-suffix` : undefined}>
          {suffix}
        </span>
      ) : null}
    </span>
  );
}
