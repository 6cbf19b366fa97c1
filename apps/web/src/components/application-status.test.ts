import { applicationMachine } from '@policyhub/domain';
import { describe, expect, it } from 'vitest';
import { APPLICATION_COLOR, applicationStatusLabel } from './application-status';

describe('application statuses on the web', () => {
  it('gives every state of the application machine a label in zh-CN and en-US and a colour', () => {
    for (const state of applicationMachine.states) {
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const label = applicationStatusLabel(state, locale);
        expect(label, `${state} ${locale}`).not.toBe(state);
        expect(label.trim(), `${state} ${locale}`).not.toBe('');
      }
      expect(APPLICATION_COLOR[state], state).toMatch(/^[a-z]+$/);
    }
    expect(Object.keys(APPLICATION_COLOR).sort()).toEqual([...applicationMachine.states].sort());
  });

  it('labels accepted (核保通过，待出单) in both languages', () => {
    expect(applicationStatusLabel('accepted', 'zh-CN')).toBe('核保通过，待出单');
    expect(applicationStatusLabel('accepted', 'en-US')).toBe('Accepted, awaiting issue');
    expect(APPLICATION_COLOR.accepted).toBe('cyan');
  });
});
