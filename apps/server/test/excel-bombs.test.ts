import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.js';
import { COMPANY, postFile, seedExchange, type ExchangeSeed } from './exchange-support.js';
import { ROSTER_HEADER, tableCounts, upload, workbook } from './imports-support.js';
import { bombPart, streamPart, withPart, writeZip, zipParts, type ZipPart } from './zip-bombs.js';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SST_HEAD = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="1" uniqueCount="1"><si><t>`;
const SST_TAIL = '</t></si></sst>';
const MB = 1024 * 1024;

/** One sheet row of inline strings (exceljs needs the cell references). */
const inline = (rowNo: number, values: readonly string[]) =>
  `<row r="${rowNo}">${values
    .map((v, i) => `<c r="${String.fromCharCode(65 + i)}${rowNo}" t="inlineStr"><is><t>${v}</t></is></c>`)
    .join('')}</row>`;

/** A roster sheet of `rows` distinct people (inline strings) after the header, as one part. */
function rowsSheet(dimension: string, rows: number): Promise<ZipPart> {
  function* pieces() {
    for (let i = 0; i < rows; i += 1000) {
      let chunk = '';
      for (let k = i; k < Math.min(rows, i + 1000); k++) {
        chunk += inline(k + 2, [
          `员工${k}`,
          '身份证',
          `1101051990${String(k).padStart(8, '0')}`,
          '',
          '',
          `137${String(k).padStart(8, '0')}`,
        ]);
      }
      yield chunk;
    }
  }
  return streamPart(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}">${dimension}<sheetData>${inline(1, ROSTER_HEADER)}`,
    pieces(),
    '</sheetData></worksheet>',
  );
}

/** The RSS of this process (the server runs in it), sampled. */
const rss = () => process.memoryUsage().rss;

describe('workbook reading limits (zip bombs, huge sheets) through the upload route', () => {
  let t: TestApp;
  let s: ExchangeSeed;
  let orderId: string;
  let parts: ZipPart[];
  // 1 GiB of one shared string, deflated to about 1 MB: the issue's bomb.
  let declared: Buffer;
  // The same, but both zip headers claim 1,000 bytes: only counting while inflating catches it.
  let lying: Buffer;
  // 256 MB under the total limit, but compressed about 1,000 times.
  let ratio: Buffer;

  const rosterUrl = () => `/api/imports?template=exchange_roster&orderId=${orderId}`;

  beforeAll(async () => {
    t = await createTestApp({ env: { EXCEL_PARSE_WORKERS: '2', EXCEL_PARSE_QUEUE: '16' } });
    s = await seedExchange(t);
    const created = await t.request({
      method: 'POST',
      url: '/api/enterprise/orders',
      payload: { productId: s.product.productId },
      as: s.asOperator,
    });
    orderId = created.json().id as string;
    await t.request({
      method: 'PUT',
      url: `/api/enterprise/orders/${orderId}`,
      payload: COMPANY,
      as: s.asOperator,
    });
    parts = zipParts(
      await workbook([ROSTER_HEADER, ['张三', '身份证', '110105199001011237', '', '', '13700000001']]),
    );
    const sst = await bombPart('xl/sharedStrings.xml', SST_HEAD, 'A', 1024 * MB, SST_TAIL);
    declared = writeZip(withPart(parts, sst));
    lying = writeZip(withPart(parts, { ...sst, declaredSize: 1000 }));
    ratio = writeZip(
      withPart(parts, await bombPart('xl/sharedStrings.xml', SST_HEAD, 'A', 256 * MB, SST_TAIL)),
    );
  }, 60_000);
  afterAll(async () => t?.close());

  it('refuses one bomb by what its zip directory declares, before inflating anything', async () => {
    expect(declared.length).toBeLessThan(1.2 * MB);
    const before = await tableCounts(t);
    const started = performance.now();
    const res = await postFile(t, s.asOperator, rosterUrl(), 'roster.xlsx', declared);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('EXCEL_TOO_LARGE');
    expect(res.json().message).toContain('声明解压后超过 512 MB');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('refuses a part compressed far beyond a real sheet, even under the total limit', async () => {
    const res = await postFile(t, s.asOperator, rosterUrl(), 'roster.xlsx', ratio);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('压缩比超过 100 倍');
  });

  it('refuses a bomb whose headers lie about its size, by what it actually inflates', async () => {
    const res = await postFile(t, s.asOperator, rosterUrl(), 'roster.xlsx', lying);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('EXCEL_TOO_LARGE');
    expect(res.json().message).toContain('超长的单元格内容');
  });

  it('refuses many concurrent bombs, answers /api/health within a second throughout, and gives the memory back', async () => {
    // Warm up (workers started, a normal file read) so the baseline is the server at work.
    const ok = await postFile(t, s.asOperator, rosterUrl(), 'roster.xlsx', await workbook([ROSTER_HEADER]));
    expect(ok.statusCode).toBe(400); // only a header: refused, but read through a worker
    const baseline = rss();
    let peak = baseline;
    let slowestHealth = 0;
    let healthChecks = 0;
    let running = true;
    const sampler = setInterval(() => (peak = Math.max(peak, rss())), 20);
    const poll = (async () => {
      while (running) {
        const started = performance.now();
        const res = await t.request({ method: 'GET', url: '/api/health' });
        expect(res.statusCode).toBe(200);
        slowestHealth = Math.max(slowestHealth, performance.now() - started);
        healthChecks++;
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    // 12 = 6 × the two parse workers: declared, lying and ratio bombs, four of each.
    const bombs = Array.from({ length: 12 }, (_, i) => [declared, lying, ratio][i % 3]!);
    const replies = await Promise.all(
      bombs.map((bomb) => postFile(t, s.asOperator, rosterUrl(), 'roster.xlsx', bomb)),
    );
    running = false;
    await poll;
    await new Promise((r) => setTimeout(r, 500));
    clearInterval(sampler);
    const after = rss();
    console.log(
      `12 concurrent bombs: RSS baseline ${Math.round(baseline / MB)} MB, peak ${Math.round(peak / MB)} MB, ` +
        `after ${Math.round(after / MB)} MB; slowest /api/health ${Math.round(slowestHealth)} ms of ${healthChecks}`,
    );
    for (const res of replies) {
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('EXCEL_TOO_LARGE');
      expect(res.json().message).toMatch(/^文件/);
    }
    expect(healthChecks).toBeGreaterThan(0);
    expect(slowestHealth).toBeLessThan(1000);
    // Before the limits one such bomb alone left the process at ≈ 740 MB; twelve killed it.
    expect(after - baseline).toBeLessThan(200 * MB);
  }, 120_000);

  it('refuses a sheet that declares more rows than the limit as soon as it is opened', async () => {
    const file = writeZip(withPart(parts, await rowsSheet('<dimension ref="A1:F200002"/>', 200_001)));
    const before = await tableCounts(t);
    const started = performance.now();
    const res = await postFile(t, s.asOperator, rosterUrl(), 'roster.xlsx', file);
    const ms = performance.now() - started;
    console.log(`200,001 rows with a declared dimension refused in ${Math.round(ms)} ms`);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('EXCEL_TOO_MANY_ROWS');
    expect(res.json().message).toContain('工作表的使用范围有 200002 行');
    expect(await tableCounts(t)).toEqual(before);
  }, 60_000);
});

describe('workbook parsing capacity and row limits', () => {
  let t: TestApp;
  let s: ExchangeSeed;
  let orderId: string;
  let parts: ZipPart[];

  beforeAll(async () => {
    t = await createTestApp({
      env: { EXCEL_PARSE_WORKERS: '1', EXCEL_PARSE_QUEUE: '1', EXCEL_MAX_ROWS: '5000' },
    });
    parts = zipParts(await workbook([ROSTER_HEADER]));
    s = await seedExchange(t);
    const created = await t.request({
      method: 'POST',
      url: '/api/enterprise/orders',
      payload: { productId: s.product.productId },
      as: s.asOperator,
    });
    orderId = created.json().id as string;
  });
  afterAll(async () => t?.close());

  it('answers 503 系统繁忙 with the queue when more files wait than the queue holds', async () => {
    const rows: unknown[][] = [ROSTER_HEADER];
    for (let i = 0; i < 3000; i++)
      rows.push([`员工${i}`, '身份证', '110105199001011237', '', '', '13700000001']);
    const file = await workbook(rows);
    const replies = await Promise.all(
      [0, 1, 2, 3].map(() =>
        postFile(t, s.asOperator, `/api/imports?template=exchange_roster&orderId=${orderId}`, 'r.xlsx', file),
      ),
    );
    const busy = replies.filter((r) => r.statusCode === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]!.json().code).toBe('EXCEL_BUSY');
    expect(busy[0]!.json().message).toMatch(/^系统繁忙，请稍后重试：当前有 1 个文件正在读取、1 个在排队/);
    // The ones that got a worker were read in full (and their duplicate IDs reported).
    expect(replies.filter((r) => r.statusCode === 200).length).toBeGreaterThan(0);
  }, 60_000);

  it('still refuses a sheet whose dimension lies, at the first row over the limit', async () => {
    const res = await upload(
      t,
      s.asOperator,
      `template=exchange_roster&orderId=${orderId}`,
      'roster.xlsx',
      writeZip(withPart(parts, await rowsSheet('<dimension ref="A1:F2"/>', 5001))),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('EXCEL_TOO_MANY_ROWS');
    expect(res.json().message).toContain('每个文件最多 5000 行');
  }, 60_000);
});
