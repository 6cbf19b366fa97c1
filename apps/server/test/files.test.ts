import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import multipart from '@fastify/multipart';
import { auditLog, files } from '../src/tables.js';
import { installErrorHandler } from '../src/platform/http/errors.js';
import {
  contentDisposition,
  createFileService,
  createLocalStore,
  createS3Store,
  detectFileKind,
  readUpload,
  storageKeyOf,
  type ObjectStore,
} from '../src/platform/files/index.js';
import { AppError } from '../src/platform/errors.js';
import { createOrg, createTestApp, createUser, sessionFor, type TestApp } from './helpers.js';

/** A minimal ZIP (stored entries) — enough to imitate .docx files and plain archives. */
function makeZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const nameBuf = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

async function makeXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('名单').addRow(['姓名', '身份证号']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 2)]);
const XLS = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(512, 0),
]);
const DOCX = makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
const PLAIN_ZIP = makeZip({ 'readme.txt': 'xl/ is not an entry here' });

async function expectAppError(promise: Promise<unknown>, code: string, message?: RegExp | string) {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toMatch(message);
}

describe('files: content detection', () => {
  it('tells a workbook from a renamed .docx, a plain zip, legacy .xls and other types', async () => {
    expect(detectFileKind(await makeXlsx())).toBe('xlsx');
    expect(detectFileKind(DOCX)).toBe('zip');
    expect(detectFileKind(PLAIN_ZIP)).toBe('zip');
    expect(detectFileKind(XLS)).toBe('ole');
    expect(detectFileKind(PDF)).toBe('pdf');
    expect(detectFileKind(PNG)).toBe('png');
    expect(detectFileKind(JPEG)).toBe('jpeg');
    expect(detectFileKind(Buffer.from('姓名,身份证号\n张三,110101199003070011'))).toBeNull();
    expect(detectFileKind(Buffer.from('PK\x03\x04 truncated'))).toBe('zip');
  });

  it('writes RFC 5987 Content-Disposition with an ASCII fallback', () => {
    expect(contentDisposition('投保 清单(1).xlsx')).toBe(
      `attachment; filename="__ __(1).xlsx"; filename*=UTF-8''%E6%8A%95%E4%BF%9D%20%E6%B8%85%E5%8D%95%281%29.xlsx`,
    );
    expect(contentDisposition('a"b.pdf')).toBe(`attachment; filename="a_b.pdf"; filename*=UTF-8''a%22b.pdf`);
  });
});

describe('files: saveUpload checks', () => {
  let t: TestApp;
  const save = (
    data: Buffer,
    originalName: string,
    allowed: ('xlsx' | 'pdf' | 'png' | 'jpeg')[] = ['xlsx'],
    maxBytes?: number,
  ) =>
    t.ctx.files.saveUpload(t.ctx.db, {
      data,
      originalName,
      purpose: 'roster',
      allowed,
      ownerUserId: null,
      ownerOrgId: null,
      maxBytes,
    });
  const count = async () => (await t.ctx.db.select({ id: files.id }).from(files)).length;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('stores an Excel workbook with its sha256, size and MIME type', async () => {
    const data = await makeXlsx();
    const stored = await save(data, '../../员工名单.xlsx');
    expect(stored).toMatchObject({
      originalName: '员工名单.xlsx',
      size: data.length,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      purpose: 'roster',
    });
    const sha = (await import('node:crypto')).createHash('sha256').update(data).digest('hex');
    expect(stored.sha256).toBe(sha);
    expect(await t.ctx.files.read(stored.id)).toEqual(data);
    expect(fs.existsSync(path.join(t.dataDir, 'files', sha.slice(0, 2), sha.slice(2, 4), sha))).toBe(true);
    expect(await t.ctx.files.getMeta(t.ctx.db, stored.id)).toMatchObject({ id: stored.id, sha256: sha });
    expect(await t.ctx.files.getMeta(t.ctx.db, 'not-a-uuid')).toBeNull();
  });

  it('accepts PDF, PNG and JPEG where allowed', async () => {
    const images = ['pdf', 'png', 'jpeg'] as const;
    expect((await save(PDF, '营业执照.PDF', [...images])).mime).toBe('application/pdf');
    expect((await save(PNG, 'scan.png', [...images])).mime).toBe('image/png');
    expect((await save(JPEG, 'scan.jpeg', [...images])).mime).toBe('image/jpeg');
    expect((await save(JPEG, 'scan.JPG', [...images])).mime).toBe('image/jpeg');
  });

  it('refuses empty, oversized and wrongly typed files with Chinese messages, storing nothing', async () => {
    const before = await count();
    await expectAppError(save(Buffer.alloc(0), 'a.xlsx'), 'FILE_EMPTY', /文件为空/);
    await expectAppError(
      save(await makeXlsx(), 'a.xlsx', ['xlsx'], 1024),
      'PAYLOAD_TOO_LARGE',
      '文件大小超过上限（1 KB），请压缩或拆分后再上传',
    );
    await expectAppError(
      save(Buffer.alloc(3 * 1024 * 1024, 1), 'a.pdf', ['pdf'], 2 * 1024 * 1024),
      'PAYLOAD_TOO_LARGE',
      /2 MB/,
    );
    const onlyExcel = '文件类型不符合要求：仅支持 Excel 工作簿（.xlsx）';
    await expectAppError(save(DOCX, '名单.xlsx'), 'FILE_TYPE_NOT_ALLOWED', onlyExcel);
    await expectAppError(save(PLAIN_ZIP, '名单.xlsx'), 'FILE_TYPE_NOT_ALLOWED', onlyExcel);
    await expectAppError(save(PDF, '名单.xlsx'), 'FILE_TYPE_NOT_ALLOWED', onlyExcel);
    await expectAppError(save(Buffer.from('姓名,身份证号'), '名单.csv'), 'FILE_TYPE_NOT_ALLOWED', onlyExcel);
    await expectAppError(save(await makeXlsx(), '名单.pdf'), 'FILE_TYPE_NOT_ALLOWED', onlyExcel);
    await expectAppError(
      save(XLS, '名单.xls'),
      'FILE_TYPE_NOT_ALLOWED',
      '不支持旧版 .xls 格式，请另存为 .xlsx 后上传',
    );
    await expectAppError(
      save(XLS, '名单.xlsx'),
      'FILE_TYPE_NOT_ALLOWED',
      '不支持旧版 .xls 格式，请另存为 .xlsx 后上传',
    );
    await expectAppError(
      save(await makeXlsx(), '扫描件.pdf', ['pdf', 'png', 'jpeg']),
      'FILE_TYPE_NOT_ALLOWED',
      '文件类型不符合要求：仅支持 PDF 文件（.pdf）、PNG 图片（.png）、JPEG 图片（.jpg/.jpeg）',
    );
    await expectAppError(save(PNG, 'scan.jpg', ['png', 'jpeg']), 'FILE_TYPE_NOT_ALLOWED');
    expect(await count()).toBe(before);
  });
});

describe('files: deferred writes inside a transaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const input = (text: string) => ({
    data: Buffer.from(text),
    originalName: 'doc.pdf',
    mime: 'application/pdf',
    purpose: 'document',
    ownerUserId: null,
    ownerOrgId: null,
  });

  it('stores row and bytes; a failed write rolls the row back with the transaction', async () => {
    const ok = await t.ctx.db.transaction(async (tx) => {
      const { files: saved, written } = await t.ctx.files.saveGeneratedDeferred(tx, [
        input('延迟写入'),
        input('第二份'),
        input('延迟写入'),
      ]);
      await written;
      return saved;
    });
    // One row per input, in the inputs' order; the same bytes twice are two rows over one object.
    expect(ok).toHaveLength(3);
    expect(new Set(ok.map((f) => f.id)).size).toBe(3);
    expect(await Promise.all(ok.map(async (f) => (await t.ctx.files.read(f.id)).toString()))).toEqual([
      '延迟写入',
      '第二份',
      '延迟写入',
    ]);

    const broken: ObjectStore = {
      ...t.ctx.files.store,
      put: async () => {
        await new Promise((r) => setTimeout(r, 20)); // fails after the row was inserted
        throw new Error('磁盘已满');
      },
    };
    const service = createFileService(t.ctx, { store: broken });
    const before = await t.ctx.db.$count(files);
    let inserted = false;
    await expect(
      t.ctx.db.transaction(async (tx) => {
        const { written } = await service.saveGeneratedDeferred(tx, [input('写入失败'), input('也失败')]);
        inserted = (await tx.$count(files)) === before + 2;
        await written;
      }),
    ).rejects.toThrow('磁盘已满');
    expect(inserted).toBe(true);
    expect(await t.ctx.db.$count(files)).toBe(before);
  });
});

describe('files: object stores', () => {
  it('local store writes atomically under sharded keys and refuses keys that climb out', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ph-store-'));
    try {
      const store = createLocalStore(root);
      const key = storageKeyOf('ab'.repeat(32));
      expect(key).toBe(`ab/ab/${'ab'.repeat(32)}`);
      expect(await store.exists(key)).toBe(false);
      await store.put(key, Buffer.from('第一版'));
      await store.put(key, Buffer.from('第一版'));
      expect((await store.get(key)).toString()).toBe('第一版');
      const chunks: Buffer[] = [];
      for await (const c of await store.stream(key)) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks).toString()).toBe('第一版');
      expect(fs.readdirSync(path.join(root, 'ab', 'ab'))).toEqual(['ab'.repeat(32)]); // no temp files left
      await store.delete(key);
      expect(await store.exists(key)).toBe(false);
      await expectAppError(store.get(key), 'NOT_FOUND');
      // A shard folder removed behind the store's back (cleanup, restore) is created again.
      fs.rmSync(path.join(root, 'ab'), { recursive: true });
      await store.put(key, Buffer.from('第二版'));
      expect((await store.get(key)).toString()).toBe('第二版');
      // Large objects take the asynchronous path, with the same guarantees.
      const big = Buffer.alloc(600 * 1024, 7);
      const bigKey = storageKeyOf('cd'.repeat(32));
      await store.put(bigKey, big);
      fs.rmSync(path.join(root, 'cd'), { recursive: true });
      await store.put(bigKey, big);
      expect((await store.get(bigKey)).equals(big)).toBe(true);
      expect(fs.readdirSync(path.join(root, 'cd', 'cd'))).toEqual(['cd'.repeat(32)]);
      await expect(store.put('../escape', Buffer.from('x'))).rejects.toThrow(/非法的存储键/);
      await expect(store.get('a/../../etc/passwd')).rejects.toThrow(/非法的存储键/);
      expect(fs.existsSync(path.join(root, '..', 'escape'))).toBe(false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('S3 store sends correct, signed PUT/GET/HEAD/DELETE requests to an S3-compatible endpoint', async () => {
    const objects = new Map<string, Buffer>();
    const seen: { method: string; url: string; auth?: string; sha?: string }[] = [];
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = decodeURIComponent(req.url!.split('?')[0]!);
        seen.push({
          method: req.method!,
          url,
          auth: req.headers.authorization,
          sha: req.headers['x-amz-content-sha256'] as string,
        });
        const found = objects.get(url);
        if (req.method === 'PUT') {
          objects.set(url, Buffer.concat(chunks));
          res.writeHead(200, { etag: '"e"' }).end();
        } else if (req.method === 'DELETE') {
          objects.delete(url);
          res.writeHead(204).end();
        } else if (!found) {
          res.writeHead(404, { 'content-type': 'application/xml' });
          res.end(
            req.method === 'HEAD'
              ? undefined
              : '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>missing</Message></Error>',
          );
        } else {
          res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': found.length });
          res.end(req.method === 'HEAD' ? undefined : found);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const store = createS3Store({
        endpoint: `http://127.0.0.1:${port}`,
        region: 'cn-north-1',
        bucket: 'policyhub',
        accessKeyId: 'AKIDTEST',
        secretAccessKey: 'secret',
        forcePathStyle: true,
      });
      const key = storageKeyOf('cd'.repeat(32));
      const data = Buffer.from('电子保单 PDF 内容');
      expect(await store.exists(key)).toBe(false);
      await store.put(key, data);
      expect(objects.get(`/policyhub/${key}`)).toEqual(data);
      expect(await store.exists(key)).toBe(true);
      expect(await store.get(key)).toEqual(data);
      const chunks: Buffer[] = [];
      for await (const c of await store.stream(key)) chunks.push(Buffer.from(c as Uint8Array));
      expect(Buffer.concat(chunks)).toEqual(data);
      await store.delete(key);
      expect(objects.size).toBe(0);
      await expectAppError(store.get(key), 'NOT_FOUND');

      expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
        `HEAD /policyhub/${key}`,
        `PUT /policyhub/${key}`,
        `HEAD /policyhub/${key}`,
        `GET /policyhub/${key}`,
        `GET /policyhub/${key}`,
        `DELETE /policyhub/${key}`,
        `GET /policyhub/${key}`,
      ]);
      for (const s of seen)
        expect(s.auth).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/cn-north-1\/s3\/aws4_request/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('files: readUpload', () => {
  const app = Fastify({ logger: false });
  const boundary = '----policyhubtest';
  const body = (parts: { name: string; filename?: string; content: Buffer | string }[]) =>
    Buffer.concat([
      ...parts.flatMap((p) => [
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n` +
            (p.filename ? 'Content-Type: application/octet-stream\r\n' : '') +
            '\r\n',
        ),
        Buffer.from(p.content),
        Buffer.from('\r\n'),
      ]),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
  const post = (payload: Buffer, contentType = `multipart/form-data; boundary=${boundary}`) =>
    app.inject({ method: 'POST', url: '/up', payload, headers: { 'content-type': contentType } });

  beforeAll(async () => {
    await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 20 } });
    installErrorHandler(app);
    app.post('/up', async (request) => {
      const upload = await readUpload(request, { maxBytes: 1024 });
      return {
        size: upload.data.length,
        filename: upload.filename,
        fields: upload.fields,
        head: upload.data.subarray(0, 4).toString(),
      };
    });
    await app.ready();
  });
  afterAll(async () => app.close());

  it('reads the file and the fields before and after it', async () => {
    const res = await post(
      body([
        { name: 'orgId', content: 'org-1' },
        { name: 'file', filename: '名单.xlsx', content: Buffer.from('PK\x03\x04 data') },
        { name: 'note', content: '备注' },
      ]),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      size: 9,
      filename: '名单.xlsx',
      fields: { orgId: 'org-1', note: '备注' },
      head: 'PK\x03\x04',
    });
  });

  it('answers a missing file, an empty file and a too large file in Chinese', async () => {
    const none = await post(body([{ name: 'orgId', content: 'x' }]));
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: '请选择要上传的文件' });

    const json = await app.inject({ method: 'POST', url: '/up', payload: { a: 1 } });
    expect(json.statusCode).toBe(400);
    expect(json.json().message).toBe('请选择要上传的文件');

    const empty = await post(body([{ name: 'file', filename: 'a.xlsx', content: '' }]));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('FILE_EMPTY');

    const big = await post(body([{ name: 'file', filename: 'a.xlsx', content: Buffer.alloc(5000, 65) }]));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: '文件大小超过上限（1 KB），请压缩或拆分后再上传',
    });
  });
});

describe('GET /api/files/:id', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('streams the file to its owner and to users whose scope covers the owning org; others get 404', async () => {
    const platform = await createOrg(t, { type: 'platform' });
    const insurer = await createOrg(t, { type: 'insurer', parentId: platform.id });
    const branch = await createOrg(t, { type: 'insurer_branch', parentId: insurer.id });
    const otherInsurer = await createOrg(t, { type: 'insurer', parentId: platform.id });
    const owner = await createUser(t, { role: 'insurer_staff', orgId: branch.id });
    const head = await createUser(t, { role: 'insurer_staff', orgId: insurer.id });
    const sibling = await createUser(t, { role: 'insurer_staff', orgId: otherInsurer.id });
    const individual = await createUser(t, { role: 'individual' });
    const admin = await createUser(t, { role: 'exchange_admin', orgId: platform.id });

    const stored = await t.ctx.files.saveUpload(t.ctx.db, {
      data: PDF,
      originalName: '电子保单 2026.pdf',
      purpose: 'policy',
      allowed: ['pdf'],
      ownerUserId: owner.id,
      ownerOrgId: branch.id,
    });
    const url = `/api/files/${stored.id}`;
    const downloads = async () =>
      (
        await t.ctx.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, 'file.download'), eq(auditLog.entityId, stored.id)))
      ).length;

    const res = await t.request({ method: 'GET', url, as: await sessionFor(t, owner) });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload).toEqual(PDF);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="____ 2026.pdf"; filename*=UTF-8''%E7%94%B5%E5%AD%90%E4%BF%9D%E5%8D%95%202026.pdf`,
    );
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(await downloads()).toBe(1);

    expect((await t.request({ method: 'GET', url, as: await sessionFor(t, head) })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url, as: await sessionFor(t, admin) })).statusCode).toBe(200);
    expect(await downloads()).toBe(3);

    for (const outsider of [sibling, individual]) {
      const refused = await t.request({ method: 'GET', url, as: await sessionFor(t, outsider) });
      expect(refused.statusCode).toBe(404);
      expect(refused.json()).toMatchObject({ code: 'NOT_FOUND', message: '文件不存在' });
    }
    expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
    expect(await downloads()).toBe(3); // refusals disclose nothing and are not counted as downloads

    const unknown = await t.request({
      method: 'GET',
      url: `/api/files/${crypto.randomUUID()}`,
      as: await sessionFor(t, owner),
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await t.request({
      method: 'GET',
      url: '/api/files/abc',
      as: await sessionFor(t, owner),
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('lets an individual download only their own files', async () => {
    const me = await createUser(t, { role: 'individual' });
    const other = await createUser(t, { role: 'individual' });
    const mine = await t.ctx.files.saveGenerated(t.ctx.db, {
      data: Buffer.from('我的文件'),
      originalName: 'mine.txt',
      mime: 'text/plain',
      purpose: 'test',
      ownerUserId: me.id,
      ownerOrgId: null,
    });
    expect(
      (await t.request({ method: 'GET', url: `/api/files/${mine.id}`, as: await sessionFor(t, me) })).body,
    ).toBe('我的文件');
    expect(
      (await t.request({ method: 'GET', url: `/api/files/${mine.id}`, as: await sessionFor(t, other) }))
        .statusCode,
    ).toBe(404);
  });
});
