import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { preUnderwritingInput } from './pre-underwriting-form';

describe('preUnderwritingInput', () => {
  it('sends a pass with calendar days, the trimmed code and no empty remarks', () => {
    expect(
      preUnderwritingInput({
        passed: true,
        windowStart: dayjs('2026-12-03T23:30:00'),
        windowEnd: dayjs('2027-01-02T00:10:00'),
        invitationCode: '  YQ2026 ',
        remarks: '   ',
        reason: 'ignored',
      }),
    ).toEqual({
      passed: true,
      windowStart: '2026-12-03',
      windowEnd: '2027-01-02',
      invitationCode: 'YQ2026',
      remarks: undefined,
    });
  });

  it('sends a fail with the trimmed reason only', () => {
    expect(
      preUnderwritingInput({ passed: false, reason: ' 员工人数不足 ', invitationCode: 'X', remarks: 'r' }),
    ).toEqual({ passed: false, reason: '员工人数不足' });
  });
});
