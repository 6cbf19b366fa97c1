import { describe, expect, it } from 'vitest';
import {
  createStartupPhases,
  formatSeconds,
  listenText,
  phaseAwareLogStream,
  SILENT_PHASES,
  startupPhasesFor,
} from './startup-phases.js';

/** A console that records what was written, and a clock the test moves. */
function fixture(startedAt = 0) {
  let written = '';
  let clock = startedAt;
  const out = { write: (text: string) => (written += text) };
  const phases = createStartupPhases({ out, startedAt, now: () => clock });
  return {
    out,
    phases,
    advance: (ms: number) => (clock += ms),
    lines: () => written.split('\n'),
    written: () => written,
  };
}

describe('start phases', () => {
  it('prints one line per phase with its duration and note, then the ready line timed from the start', async () => {
    const f = fixture(1_000);
    f.advance(4_000); // the build, before the server ran
    await f.phases.phase('迁移数据库 migrating', async () => void f.advance(250));
    await f.phases.phase(
      '写入演示数据 seeding demo data',
      async () => {
        f.advance(2_349);
        return { created: 20 };
      },
      (r) => `新增 created: ${r.created}`,
    );
    f.advance(1_000);
    f.phases.ready('http://127.0.0.1:3000');
    expect(f.written()).toBe(
      [
        'PolicyHub ▸ 迁移数据库 migrating … 0.3 s',
        'PolicyHub ▸ 写入演示数据 seeding demo data … 2.3 s (新增 created: 20)',
        'PolicyHub ▸ 就绪 ready at http://127.0.0.1:3000 in 7.6 s',
        '',
      ].join('\n'),
    );
  });

  it('shows what a phase is doing while it runs: its line is begun before the phase ends', async () => {
    const f = fixture();
    let duringPhase = '';
    await f.phases.phase('迁移数据库 migrating', async () => void (duringPhase = f.written()));
    expect(duringPhase).toBe('PolicyHub ▸ 迁移数据库 migrating … ');
  });

  it('ends an open line before a log record and prints the whole line again when the phase ends', async () => {
    const f = fixture();
    const log = phaseAwareLogStream(f.phases, f.out);
    await f.phases.phase('写入演示数据 seeding demo data', async () => {
      log.write('{"level":40,"msg":"⚠️ 已创建开发用 CA"}\n');
      log.write('{"level":40,"msg":"⚠️ 已为保险公司创建签章证书"}\n');
      f.advance(8_400);
    });
    expect(f.lines()).toEqual([
      'PolicyHub ▸ 写入演示数据 seeding demo data … ',
      '{"level":40,"msg":"⚠️ 已创建开发用 CA"}',
      '{"level":40,"msg":"⚠️ 已为保险公司创建签章证书"}',
      'PolicyHub ▸ 写入演示数据 seeding demo data … 8.4 s',
      '',
    ]);
  });

  it('says which phase failed and passes the error on', async () => {
    const f = fixture();
    await expect(
      f.phases.phase('迁移数据库 migrating', async () => {
        f.advance(1_200);
        throw new Error('DB_LOCKED');
      }),
    ).rejects.toThrow('DB_LOCKED');
    expect(f.written()).toBe('PolicyHub ▸ 迁移数据库 migrating … 失败 failed after 1.2 s\n');
  });

  it("leaves Fastify's listen record out of the console (the ready line says it) and passes every other record", () => {
    const f = fixture();
    const log = phaseAwareLogStream(f.phases, f.out);
    log.write(`{"level":30,"time":1,"msg":"${listenText('http://127.0.0.1:3000')}"}\n`);
    log.write('{"level":30,"time":2,"msg":"演示保单已签发：4 份"}\n');
    expect(f.written()).toBe('{"level":30,"time":2,"msg":"演示保单已签发：4 份"}\n');
  });

  it('prints when npm start passed its start time or in a terminal, and stays silent under a service manager', () => {
    const pipe = { write: () => true, isTTY: false };
    expect(startupPhasesFor(undefined, pipe, 0)).toBe(SILENT_PHASES);
    expect(startupPhasesFor(1_700_000_000_000, pipe, 0).enabled).toBe(true);
    expect(startupPhasesFor(undefined, { ...pipe, isTTY: true }, 0).enabled).toBe(true);
  });

  it('rounds to a tenth of a second', () => {
    expect(formatSeconds(0)).toBe('0.0 s');
    expect(formatSeconds(14_649)).toBe('14.6 s');
    expect(formatSeconds(-5)).toBe('0.0 s');
  });
});
