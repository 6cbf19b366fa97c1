import ExcelJS from 'exceljs';
import { residentIdCheckChar } from '@policyhub/domain';
import { headerLabel } from '../apps/server/src/platform/excel/index.js';
import { exchangeRosterTemplate } from '../apps/server/src/lines/exchange/roster-template.js';
import { login, startServerProcess } from './server-process.js';

type Recorder = (name: string, value: string, target: string, runs: (number | string)[]) => void;

// The header of the template the HR clerk downloads (its column order is what the rows fill).
const HEADER = exchangeRosterTemplate.columns.map(headerLabel);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A roster of `n` distinct employees with valid resident IDs, as an HR clerk would upload it. */
export async function exchangeRoster(n: number, offset = 0): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('投保人员清单');
  sheet.addRow(HEADER);
  sheet.getColumn(3).numFmt = '@';
  sheet.getColumn(6).numFmt = '@';
  for (let i = 0; i < n; i++) {
    const k = offset + i;
    const d = k % 10_080;
    const date = `${1970 + (d % 30)}${String(1 + (Math.floor(d / 30) % 12)).padStart(2, '0')}${String(1 + (Math.floor(d / 360) % 28)).padStart(2, '0')}`;
    const body = `110101${date}${String(100 + Math.floor(k / 10_080)).padStart(3, '0')}`;
    sheet.addRow([
      `员工${k}`,
      '身份证',
      body + residentIdCheckChar(body),
      '',
      '',
      `136${String(k).padStart(8, '0')}`,
      '城镇职工医保',
      '北京市',
      '无',
      '无',
      '是',
      '年缴',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const beijingDay = (offsetDays: number) =>
  new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * Issue 4 targets: a 20,000-employee roster validated on upload (≤ 2 s), and after a pass the
 * personal accounts + SMS queueing for all of them (≤ 30 s on PostgreSQL), through the real API.
 */
export async function benchExchangeRoster(
  record: Recorder,
  options: { databaseUrl: string; runs: number; employees?: number },
) {
  const employees = options.employees ?? 20_000;
  const validate: number[] = [];
  const accounts: number[] = [];
  for (let r = 0; r < options.runs; r++) {
    const server = await startServerProcess({ databaseUrl: options.databaseUrl, port: 3470 + r });
    try {
      const op = await login(server.url, 'enterprise', 'Demo@2026');
      const admin = await login(server.url, 'admin', 'Demo@2026');
      const call = async (
        auth: { cookie: string; csrf: string },
        method: string,
        url: string,
        body?: unknown,
      ) => {
        const res = await fetch(`${server.url}${url}`, {
          method,
          headers: {
            cookie: auth.cookie,
            'x-csrf-token': auth.csrf,
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
        });
        if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
        return res.json() as Promise<any>;
      };
      const upload = async (url: string, name: string, data: Buffer) => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(data)]), name);
        const res = await fetch(`${server.url}${url}`, {
          method: 'POST',
          headers: { cookie: op.cookie, 'x-csrf-token': op.csrf },
          body: form,
        });
        if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
        return res.json() as Promise<any>;
      };
      const products = (await (await fetch(`${server.url}/api/public/products`)).json()) as {
        items: { id: string }[];
      };
      const order = await call(op, 'POST', '/api/enterprise/orders', { productId: products.items[0]!.id });
      const me = await call(op, 'GET', `/api/enterprise/orders/${order.id}`);
      await call(op, 'PUT', `/api/enterprise/orders/${order.id}`, {
        ...me.company,
        name: '北京星辰科技有限公司',
        licenceNo: '91110108MA01ABCD5T',
        taxNo: '91110108MA01ABCD5T',
        orgCode: '',
        size: '1000人及以上',
        industry: '信息技术',
        contactName: '张晓燕',
        contactPhone: '13800138003',
        address: '北京市海淀区中关村大街 1 号',
        email: 'hr@xingchen.example.com',
      });
      for (const kind of ['licence', 'orgCode', 'taxCert'])
        await upload(`/api/enterprise/orders/${order.id}/scans/${kind}`, `${kind}.pdf`, PDF);
      const roster = await exchangeRoster(employees, r * employees);
      const t0 = performance.now();
      const imp = await upload(
        `/api/imports?template=exchange_roster&orderId=${order.id}`,
        'roster.xlsx',
        roster,
      );
      validate.push(performance.now() - t0);
      if (imp.status !== 'validated')
        throw new Error(`roster invalid: ${JSON.stringify(imp.problems?.slice(0, 3))}`);
      await call(op, 'POST', `/api/imports/${imp.id}/execute`);
      for (;;) {
        const state = await call(op, 'GET', `/api/imports/${imp.id}`);
        if (state.status === 'done') break;
        if (state.status === 'failed') throw new Error('roster import failed');
        await new Promise((res) => setTimeout(res, 200));
      }
      await call(op, 'POST', `/api/enterprise/orders/${order.id}/submit`);
      await call(admin, 'POST', `/api/admin/orders/${order.id}/send`, { via: 'email' });
      const t1 = performance.now();
      const result = await call(admin, 'POST', `/api/admin/orders/${order.id}/result`, {
        passed: true,
        windowStart: beijingDay(0),
        windowEnd: beijingDay(30),
        invitationCode: `BENCH${r}`,
      });
      for (;;) {
        const task = await call(admin, 'GET', `/api/tasks/${result.taskId}`);
        if (task.status === 'succeeded') break;
        if (task.status === 'failed') throw new Error(`accounts job failed: ${task.error}`);
        await new Promise((res) => setTimeout(res, 100));
      }
      accounts.push(performance.now() - t1);
    } finally {
      await server.stop();
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  record(
    `${employees.toLocaleString('en')} 名员工名单上传校验 roster validation (PostgreSQL)`,
    s(median(validate)),
    '≤ 2 s',
    validate.map(s),
  );
  record(
    `预核保通过后开通 ${employees.toLocaleString('en')} 个账户并排队短信 accounts + SMS queueing (PostgreSQL)`,
    s(median(accounts)),
    '≤ 30 s',
    accounts.map(s),
  );
}
