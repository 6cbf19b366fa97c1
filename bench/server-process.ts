import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

export type ServerProcess = {
  url: string;
  pid: number;
  child: ChildProcess;
  readyMs: number;
  /** Peak resident memory (VmHWM) of the server process so far, in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
};

/** Starts the built server (apps/server/dist/main.js) as its own process, as an operator would. */
export async function startServerProcess(options: {
  databaseUrl?: string;
  dataDir?: string;
  port: number;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-bench-'));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(options.port),
    DATA_DIR: dataDir,
    POLICYHUB_TEST_MODE: '1',
    DEMO_DATA: '1',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT: '100000',
    JOB_POLL_SECONDS: '0.5',
    ...options.env,
  };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const started = Date.now();
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server only.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'apps/server/dist/main.js')], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${options.port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 50));
    if (Date.now() - started > 120_000) throw new Error('server did not become ready');
  }
  const readyMs = Date.now() - started;
  return {
    url,
    pid: child.pid!,
    child,
    readyMs,
    peakRssMb() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export type Auth = { cookie: string; csrf: string };

/** A signed-in HTTP client: passes the captcha through the documented test mode. */
export async function login(url: string, username: string, password: string): Promise<Auth> {
  const captcha = (await (await fetch(`${url}/api/auth/captcha`)).json()) as {
    captchaId: string;
    answer: string;
  };
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password, captchaId: captcha.captchaId, captchaAnswer: captcha.answer }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('ph_csrf='))!.slice('ph_csrf='.length);
  return { cookie: cookies.join('; '), csrf };
}

/**
 * Signs in a user whose role needs the SMS second factor: password + captcha, then the code the
 * dev SMS provider put in the outbox, read through the admin message center (never bypassed).
 */
export async function loginWithSms(
  url: string,
  username: string,
  mobile: string,
  admin: Auth,
): Promise<Auth> {
  const before = Date.now() - 2000;
  const auth = await login(url, username, 'Demo@2026');
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${url}/api/admin/messages?channel=sms&recipient=${mobile}&pageSize=5`, {
      headers: { cookie: admin.cookie },
    });
    const { items } = (await res.json()) as {
      items: { body: string; createdAt: string; template: string }[];
    };
    const sent = items.find((m) => m.template === 'login_code' && Date.parse(m.createdAt) >= before);
    const code = sent && /(\d{6})/.exec(sent.body)?.[1];
    if (code) {
      const verified = await fetch(`${url}/api/auth/sms/verify`, {
        method: 'POST',
        headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      if (!verified.ok) throw new Error(`SMS verify failed: ${verified.status} ${await verified.text()}`);
      const cookies = verified.headers.getSetCookie().map((c) => c.split(';')[0]!);
      if (!cookies.length) return auth;
      const merged = new Map(auth.cookie.split('; ').map((c) => [c.split('=')[0]!, c]));
      for (const c of cookies) merged.set(c.split('=')[0]!, c);
      const csrf = merged.get('ph_csrf')?.slice('ph_csrf='.length) ?? auth.csrf;
      return { cookie: [...merged.values()].join('; '), csrf };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no login code for ${mobile}`);
}
