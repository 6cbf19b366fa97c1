#!/usr/bin/env node
// Runs a command against a private, throw-away PostgreSQL cluster on 127.0.0.1.
// Usage: node scripts/with-postgres.mjs <command> [args…]   (DATABASE_URL is set for the command)
// Uses Debian's PostgreSQL binaries (/usr/lib/postgresql/<v>/bin). As root, the cluster runs as
// the `postgres` system user, because initdb refuses to run as root.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function findBin() {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) throw new Error('PostgreSQL 未安装：请先 apt-get install -y postgresql');
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error('找不到 initdb');
  return path.join(base, versions[0], 'bin');
}

async function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const bin = findBin();
const isRoot = process.getuid?.() === 0;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-pg-'));
const dataDir = path.join(dir, 'data');
if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
const asPg = (cmd, args) => {
  const r = isRoot
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', [cmd, ...args].map((a) => `'${a}'`).join(' ')], {
        stdio: 'pipe',
      })
    : spawnSync(cmd, args, { stdio: 'pipe' });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} 失败：${r.stderr?.toString() ?? ''}`);
};
const port = process.env.PG_PORT ? Number(process.env.PG_PORT) : await freePort();
asPg(path.join(bin, 'initdb'), [
  '-D',
  dataDir,
  '-U',
  'postgres',
  '--auth=trust',
  '-E',
  'UTF8',
  '--locale=C.UTF-8',
]);
asPg(path.join(bin, 'pg_ctl'), [
  '-D',
  dataDir,
  '-l',
  path.join(dir, 'log'),
  '-w',
  '-o',
  `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`,
  'start',
]);
const stop = () => {
  try {
    asPg(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  } catch {
    /* already stopped */
  }
  fs.rmSync(dir, { recursive: true, force: true });
};
const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
console.log(`PostgreSQL 已在 127.0.0.1:${port} 启动（临时）`);
const [cmd, ...args] = process.argv.slice(2);
const child = spawn(cmd ?? 'true', args, {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: url },
  shell: false,
});
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
child.on('exit', (code, signal) => {
  stop();
  process.exit(code ?? (signal ? 1 : 0));
});
