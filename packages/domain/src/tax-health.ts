/**
 * Tax-advantaged health insurance (DOMAIN §4): premiums are deductible before individual income
 * tax up to 2,400 yuan a year (200 yuan a month).
 */
export const TAX_HEALTH_DEDUCTION_CAP_FEN = 240_000;
