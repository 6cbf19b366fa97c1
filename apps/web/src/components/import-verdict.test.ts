import { describe, expect, it } from 'vitest';
import { importVerdict } from './import-verdict';

describe('importVerdict', () => {
  it('passes a file without error rows', () => {
    expect(importVerdict({ status: 'validated', errorRows: 0, totalRows: 3 }, false)).toBe('passed');
    expect(importVerdict({ status: 'validated', errorRows: 0, totalRows: 3 }, true)).toBe('passed');
  });

  it('a partial template runs the good rows despite error rows', () => {
    expect(importVerdict({ status: 'validated', errorRows: 1, totalRows: 3 }, true)).toBe('partial');
    // still said after 业务办理 has started or finished
    expect(importVerdict({ status: 'done', errorRows: 1, totalRows: 3 }, true)).toBe('partial');
  });

  it('asks for a corrected file otherwise', () => {
    expect(importVerdict({ status: 'invalid', errorRows: 1, totalRows: 3 }, false)).toBe('failed');
    expect(importVerdict({ status: 'invalid', errorRows: 1, totalRows: 3 }, true)).toBe('failed');
    expect(importVerdict({ status: 'validated', errorRows: 1, totalRows: 3 }, false)).toBe('failed');
    // nothing left to carry out
    expect(importVerdict({ status: 'validated', errorRows: 3, totalRows: 3 }, true)).toBe('failed');
  });
});
