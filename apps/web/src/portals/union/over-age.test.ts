import { describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '@policyhub/domain';
import { ApiError } from '../../api/client';
import { overAgeOfIdNumber, overAgeRefusal } from './over-age';

/** An ID number born on `birth` (YYYYMMDD); sequence digit 17 odd = male, even = female. */
function idOf(birth: string, gender: 'M' | 'F'): string {
  const body = `110101${birth}01${gender === 'M' ? '1' : '2'}`;
  return body + residentIdCheckChar(body);
}

const TODAY = '2026-06-01';

describe('overAgeOfIdNumber', () => {
  it('says nothing inside the window or for an unfinished number', () => {
    expect(overAgeOfIdNumber(idOf('19800101', 'F'), TODAY)).toBeNull();
    expect(overAgeOfIdNumber(idOf('19700101', 'M'), TODAY)).toBeNull();
    expect(overAgeOfIdNumber('11010119700101', TODAY)).toBeNull();
    expect(overAgeOfIdNumber(undefined, TODAY)).toBeNull();
  });

  it('a woman of 56 needs the approval document', () => {
    const found = overAgeOfIdNumber(idOf('19700101', 'F'), TODAY);
    expect(found?.kind).toBe('needs-document');
    expect(found?.reason).toContain('超龄参保证明');
  });

  it('above 65 never', () => {
    const found = overAgeOfIdNumber(idOf('19600101', 'M'), TODAY);
    expect(found?.kind).toBe('over-max');
    expect(found?.reason).toContain('超过 65 周岁');
  });
});

describe('overAgeRefusal', () => {
  it('reads the age code of the server refusal', () => {
    const needs = new ApiError(400, 'VALIDATION_FAILED', '超龄：女性须小于 55 周岁', {
      field: 'idNumber',
      code: 'AGE_OVER_NEEDS_APPROVAL',
    });
    expect(overAgeRefusal(needs)).toEqual({ kind: 'needs-document', reason: '超龄：女性须小于 55 周岁' });
    const max = new ApiError(400, 'VALIDATION_FAILED', '超龄：超过 65 周岁不能参保', {
      code: 'AGE_OVER_MAX',
    });
    expect(overAgeRefusal(max)?.kind).toBe('over-max');
  });

  it('ignores other refusals', () => {
    expect(
      overAgeRefusal(new ApiError(400, 'VALIDATION_FAILED', '请填写身份证号', { field: 'idNumber' })),
    ).toBeNull();
    expect(overAgeRefusal(new ApiError(400, 'VALIDATION_FAILED', 'x', { code: 'AGE_TOO_YOUNG' }))).toBeNull();
    expect(overAgeRefusal(new ApiError(409, 'CONFLICT', '此人已是本单位会员'))).toBeNull();
    expect(overAgeRefusal(new Error('x'))).toBeNull();
  });
});
