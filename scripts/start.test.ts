import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUILD_STEPS,
  inputHashes,
  planBuild,
  readStamps,
  SHARED_INPUTS,
  stampFor,
  writeStamps,
} from './build-plan.mjs';
import { beginPhase, phaseHead, phaseTail } from './phase-line.mjs';
import * as serverPhases from '../apps/server/src/platform/startup-phases.js';

const ROOT = path.resolve(import.meta.dirname, '..');

type Stamps = Record<string, ReturnType<typeof stampFor>>;

/** A repository in a temporary folder with the real plan's input files, each with some content. */
function fakeRepository() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-build-plan-'));
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  };
  for (const file of ['package-lock.json', 'tsconfig.base.json', 'scripts/build-plan.mjs']) write(file, '{}');
  for (const ws of ['packages/domain', 'packages/documents', 'apps/server', 'apps/web']) {
    write(`${ws}/package.json`, '{}');
    write(`${ws}/tsconfig.json`, '{}');
    write(`${ws}/src/index.ts`, `export const name = '${ws}';`);
  }
  write('apps/web/src/i18n/zh-CN.json', '{}');
  write('apps/web/scripts/check-i18n.mjs', '');
  write('apps/web/index.html', '<div id="root"></div>');
  write('apps/server/src/thing.test.ts', 'it()');
  /** What each step's build would leave. */
  const build = (stepId: string) => {
    const step = BUILD_STEPS.find((s) => s.id === stepId)!;
    for (const output of step.outputs) write(`${output}/index.${stepId === 'web' ? 'html' : 'js'}`, 'built');
  };
  /** Runs every step the plan asks for and records it, as scripts/start.mjs does. */
  const buildAll = (stamps: Stamps = {}) => {
    for (const { step, inputs, reason } of planBuild(root, stamps)) {
      if (!reason) continue;
      build(step.id);
      stamps[step.id] = stampFor(root, step, inputs);
    }
    return stamps;
  };
  const toRun = (stamps: Stamps) =>
    Object.fromEntries(
      planBuild(root, stamps)
        .filter((entry) => entry.reason)
        .map((entry) => [entry.step.id, entry.reason]),
    );
  return { root, write, buildAll, toRun };
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function repository() {
  const repo = fakeRepository();
  made.push(repo.root);
  return repo;
}

describe('npm start skips the build steps whose inputs did not change', () => {
  it('builds everything the first time and nothing on an unchanged checkout', () => {
    const repo = repository();
    expect(Object.values(repo.toRun({}))).toEqual(BUILD_STEPS.map(() => 'never built'));
    const stamps = repo.buildAll();
    expect(repo.toRun(stamps)).toEqual({});
  });

  it('rebuilds the web bundle, and only it, when a web source changes', () => {
    const repo = repository();
    const stamps = repo.buildAll();
    repo.write('apps/web/src/index.ts', 'export const name = "changed";');
    expect(repo.toRun(stamps)).toEqual({ web: 'inputs changed' });
  });

  it('decides on contents: a file rewritten with the same text (a checkout, touch) builds nothing', () => {
    const repo = repository();
    const stamps = repo.buildAll();
    const file = path.join(repo.root, 'apps/web/src/index.ts');
    fs.writeFileSync(file, fs.readFileSync(file));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect(repo.toRun(stamps)).toEqual({});
  });

  it('rebuilds what depends on a changed package: a domain change rebuilds all but the i18n check', () => {
    const repo = repository();
    const stamps = repo.buildAll();
    repo.write('packages/domain/src/rules.ts', 'export const rule = 1;');
    expect(repo.toRun(stamps)).toEqual({
      domain: 'inputs changed',
      documents: 'inputs changed',
      server: 'inputs changed',
      web: 'inputs changed',
    });
  });

  it('runs the i18n check again when a server source changes (it reads the audit actions), not vite', () => {
    const repo = repository();
    const stamps = repo.buildAll();
    repo.write('apps/server/src/index.ts', "log({ action: 'policy.issue' });");
    expect(repo.toRun(stamps)).toEqual({ server: 'inputs changed', 'web-i18n': 'inputs changed' });
  });

  it('ignores test files for compiled outputs but not for the i18n check', () => {
    const repo = repository();
    const stamps = repo.buildAll();
    repo.write('apps/server/src/thing.test.ts', "it('changed')");
    expect(repo.toRun(stamps)).toEqual({ 'web-i18n': 'inputs changed' });
  });

  it('rebuilds everything when the dependencies (lockfile) or Node change', () => {
    const repo = repository();
    const stamps = repo.buildAll();
    repo.write('package-lock.json', '{"lockfileVersion":3}');
    expect(Object.keys(repo.toRun(stamps))).toEqual(BUILD_STEPS.map((s) => s.id));
    const hashes = inputHashes(repo.root, BUILD_STEPS, { node: 'v99.0.0' });
    expect(planBuild(repo.root, repo.buildAll(stamps), BUILD_STEPS, hashes).every((e) => e.reason)).toBe(
      true,
    );
  });

  it('rebuilds a step whose output was deleted or replaced by another build', () => {
    const repo = repository();
    const stamps = repo.buildAll();
    fs.rmSync(path.join(repo.root, 'apps/web/dist'), { recursive: true });
    expect(repo.toRun(stamps)).toEqual({ web: 'outputs changed' });
    repo.buildAll(stamps);
    const output = path.join(repo.root, 'packages/documents/dist/index.js');
    fs.utimesSync(output, new Date(), new Date(Date.now() + 60_000));
    expect(repo.toRun(stamps)).toEqual({ documents: 'outputs changed' });
  });

  it('keeps its stamps between runs', () => {
    const repo = repository();
    const stamps = repo.buildAll();
    writeStamps(repo.root, stamps);
    expect(repo.toRun(readStamps(repo.root))).toEqual({});
    expect(readStamps(fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-empty-')))).toEqual({});
  });
});

describe('the build plan', () => {
  it("is, per workspace, exactly that workspace's build script (npm run build builds the same)", () => {
    const workspaces = [...new Set(BUILD_STEPS.map((step) => step.workspace))];
    const root = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(workspaces.sort()).toEqual([...root.workspaces].sort());
    for (const workspace of workspaces) {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, workspace, 'package.json'), 'utf8'));
      const commands = BUILD_STEPS.filter((step) => step.workspace === workspace).map((step) => step.command);
      expect(commands.join(' && '), workspace).toBe(pkg.scripts.build);
    }
  });

  it('names inputs that exist in this repository', () => {
    for (const input of [...SHARED_INPUTS, ...BUILD_STEPS.flatMap((step) => step.inputs)]) {
      expect(fs.existsSync(path.join(ROOT, input)), input).toBe(true);
    }
  });
});

describe('the build line', () => {
  it('has the format of the server’s phase lines', () => {
    expect(phaseHead('构建 building')).toBe(serverPhases.phaseHead('构建 building'));
    for (const [ms, note, failed] of [
      [412, '已是最新 up to date', false],
      [74_660, undefined, false],
      [1_250, 'apps/web: vite build → exit 1', true],
    ] as const) {
      expect(phaseTail(ms, note, failed)).toBe(serverPhases.phaseTail(ms, note, failed));
    }
  });

  it('is one line, begun at once and ended with the time; build output meanwhile (--verbose) splits it cleanly', () => {
    let written = '';
    let clock = 0;
    const out = { write: (text: string) => (written += text) };
    const quiet = beginPhase(out, '构建 building', () => clock);
    expect(written).toBe('PolicyHub ▸ 构建 building … ');
    clock = 412;
    quiet.end('已是最新 up to date');
    expect(written).toBe('PolicyHub ▸ 构建 building … 0.4 s (已是最新 up to date)\n');

    written = '';
    const verbose = beginPhase(out, '构建 building', () => clock);
    verbose.interrupt();
    out.write('vite v8 building client environment for production...\n');
    clock += 20_000;
    verbose.end('日志 log: data/logs/build.log');
    expect(written.split('\n')).toEqual([
      'PolicyHub ▸ 构建 building … ',
      'vite v8 building client environment for production...',
      'PolicyHub ▸ 构建 building … 20.0 s (日志 log: data/logs/build.log)',
      '',
    ]);
  });
});
