#!/usr/bin/env node
// `npm start`: builds what changed, then runs the server in this process, one line per phase:
//
//   PolicyHub ▸ 构建 building … 0.4 s (已是最新 up to date)
//   PolicyHub ▸ 迁移数据库 migrating … 1.3 s (嵌入式数据库 embedded: data/db)
//   PolicyHub ▸ 写入演示数据 seeding demo data … 2.1 s (已存在 already there)
//   PolicyHub ▸ 就绪 ready at http://127.0.0.1:3000 in 9.8 s
//
// The build's own output (tsc, vite) goes to DATA_DIR/logs/build.log; `npm start -- --verbose`
// shows it as well, and a failed build prints the log's tail and exits 1. Build steps whose
// inputs did not change are skipped (scripts/build-plan.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { planBuild, readStamps, stampFor, writeStamps } from './build-plan.mjs';
import { beginPhase } from './phase-line.mjs';

const startedAt = Date.now();
const root = path.resolve(import.meta.dirname, '..');
const verbose = process.argv.slice(2).includes('--verbose');
// As the server resolves it (apps/server/src/platform/config.ts): relative to the working folder.
const dataDir = path.resolve(process.env.DATA_DIR || './data');
const logFile = path.join(dataDir, 'logs', 'build.log');
const shown = (file) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
};
const TAIL_LINES = 40;

/** Runs one step with its output into the log (and on the console with --verbose). */
function runStep(step, log, onConsole) {
  return new Promise((resolve) => {
    const bins = [path.join(root, step.workspace, 'node_modules/.bin'), path.join(root, 'node_modules/.bin')];
    const child = spawn(step.command, {
      cwd: path.join(root, step.workspace),
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: [...bins, process.env.PATH].join(path.delimiter) },
    });
    const forward = (chunk) => {
      log.write(chunk);
      if (verbose) onConsole(chunk);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', (error) => {
      forward(`${error.message}\n`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function build() {
  const stamps = readStamps(root);
  const firstBuild = Object.keys(stamps).length === 0;
  const line = beginPhase(
    process.stdout,
    firstBuild ? '构建 building (首次构建 first build, 约 about 15–90 s)' : '构建 building',
  );
  const plan = planBuild(root, stamps);
  const todo = plan.filter((entry) => entry.reason);
  if (todo.length === 0) {
    line.end('已是最新 up to date');
    return;
  }
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.createWriteStream(logFile);
  log.write(`# npm start ${new Date(startedAt).toISOString()} (${process.version})\n`);
  for (const { step, reason } of plan) log.write(`# ${step.id}: ${reason ?? 'up to date, skipped'}\n`);
  const onConsole = (chunk) => {
    line.interrupt();
    process.stdout.write(chunk);
  };
  for (const { step, inputs } of todo) {
    log.write(`\n$ (${step.workspace}) ${step.command}\n`);
    const code = await runStep(step, log, onConsole);
    if (code !== 0) {
      await new Promise((resolve) => log.end(resolve));
      line.end(`${step.workspace}: ${step.command} → exit ${code}`, true);
      const tail = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-TAIL_LINES);
      console.error(`\n构建失败 build failed — ${shown(logFile)} 的最后 ${TAIL_LINES} 行 last lines:\n`);
      console.error(tail.join('\n'));
      process.exit(1);
    }
    stamps[step.id] = stampFor(root, step, inputs);
    writeStamps(root, stamps);
  }
  await new Promise((resolve) => log.end(resolve));
  const rebuilt = todo.map((entry) => entry.step.label).join(', ');
  line.end(`${firstBuild ? '' : `重新构建 rebuilt: ${rebuilt}; `}日志 log: ${shown(logFile)}`);
}

await build();
process.env.POLICYHUB_STARTED_AT = String(startedAt);
await import(pathToFileURL(path.join(root, 'apps/server/dist/main.js')).href);
