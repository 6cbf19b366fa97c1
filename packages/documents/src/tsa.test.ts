import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digest } from './algorithms.js';
import { encodeDer, parseAsn1, toArrayBuffer } from './der.js';
import { hasTool, run, testPki, tmpFile } from './test-kit.js';
import {
  createHttpTimestampAuthority,
  createTimestampToken,
  handleTimestampRequest,
  readTstInfo,
} from './tsa.js';

describe('RFC 3161 time stamps', () => {
  let server: Server;
  let url: string;
  let requests = 0;

  beforeAll(async () => {
    const pki = await testPki('ECDSA-P256');
    server = createServer((req, res) => {
      requests++;
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.headers['content-type'] !== 'application/timestamp-query') {
          res.writeHead(415).end();
          return;
        }
        void handleTimestampRequest(pki.tsaKeys, new Uint8Array(Buffer.concat(chunks))).then((reply) => {
          res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end(Buffer.from(reply));
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('builds a token whose TSTInfo carries the imprint, accuracy and a whole-second time', async () => {
    const pki = await testPki('ECDSA-P256');
    const imprint = digest('SHA-256', new TextEncoder().encode('保单'));
    const token = await createTimestampToken(pki.tsaKeys, { hashAlgorithm: 'SHA-256', digest: imprint });
    const tst = readTstInfo(token);
    expect(Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView)).toEqual(
      Buffer.from(imprint),
    );
    expect(tst.genTime.getMilliseconds()).toBe(0);
    expect(Math.abs(tst.genTime.getTime() - Date.now())).toBeLessThan(5_000);
    expect(tst.accuracy?.seconds).toBe(1);
  });

  it('serves requests over HTTP, and the client checks the reply against its request', async () => {
    const tsa = createHttpTimestampAuthority(url);
    const imprint = digest('SHA-256', new TextEncoder().encode('电子保单'));
    const before = requests;
    const token = await tsa.timestamp(imprint, 'SHA-256');
    expect(requests).toBe(before + 1);
    expect(Buffer.from(readTstInfo(token).messageImprint.hashedMessage.valueBlock.valueHexView)).toEqual(
      Buffer.from(imprint),
    );
    // SM3 imprints are accepted too.
    const sm3Token = await tsa.timestamp(digest('SM3', new Uint8Array([1, 2, 3])), 'SM3');
    expect(readTstInfo(sm3Token).messageImprint.hashAlgorithm.algorithmId).toBe('1.2.156.10197.1.401');
  });

  it('reports refusals and answers a reply that does not match the request with an error', async () => {
    await expect(
      createHttpTimestampAuthority(url, { policy: '1.2.3.4' }).timestamp(new Uint8Array(32), 'SHA-256'),
    ).rejects.toThrow('拒绝');
    const garbage = await handleTimestampRequest(
      (await testPki('ECDSA-P256')).tsaKeys,
      new Uint8Array([1, 2, 3]),
    );
    const resp = new pkijs.TimeStampResp({ schema: parseAsn1(garbage) });
    expect(resp.status.status).toBe(pkijs.PKIStatus.rejection);

    // A TSA that stamps something else is caught by the client.
    const pki = await testPki('ECDSA-P256');
    const liar = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        void createTimestampToken(pki.tsaKeys, {
          hashAlgorithm: 'SHA-256',
          digest: new Uint8Array(32).fill(7),
        }).then((token) => {
          const reply = new pkijs.TimeStampResp({
            status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }),
            timeStampToken: new pkijs.ContentInfo({ schema: parseAsn1(token) }),
          });
          res.writeHead(200).end(Buffer.from(encodeDer(reply.toSchema())));
        });
      });
    });
    await new Promise<void>((resolve) => liar.listen(0, '127.0.0.1', resolve));
    const liarUrl = `http://127.0.0.1:${(liar.address() as AddressInfo).port}/`;
    await expect(
      createHttpTimestampAuthority(liarUrl).timestamp(new Uint8Array(32), 'SHA-256'),
    ).rejects.toThrow('摘要');
    await new Promise<void>((resolve) => liar.close(() => resolve()));
  });

  it.runIf(hasTool('openssl'))('answers `openssl ts` queries that `openssl ts -verify` accepts', async () => {
    const pki = await testPki('RSA-2048');
    const data = tmpFile('需要时间戳的数据', 'txt');
    const query = tmpFile(new Uint8Array(), 'tsq');
    run('openssl', ['ts', '-query', '-data', data, '-sha256', '-cert', '-out', query]);
    const { readFileSync } = await import('node:fs');
    const reply = await handleTimestampRequest(pki.tsaKeys, new Uint8Array(readFileSync(query)));
    const out = run('openssl', [
      'ts',
      '-verify',
      '-data',
      data,
      '-in',
      tmpFile(reply, 'tsr'),
      '-CAfile',
      tmpFile(pki.ca.certificatePem, 'pem'),
      '-untrusted',
      tmpFile(pki.tsaKeys.certificatePem, 'pem'),
    ]);
    expect(out).toContain('Verification: OK');
    // A nonce in the request comes back in the token.
    const req = new pkijs.TimeStampReq({ schema: parseAsn1(new Uint8Array(readFileSync(query))) });
    const resp = new pkijs.TimeStampResp({ schema: parseAsn1(reply) });
    const tst = readTstInfo(encodeDer(resp.timeStampToken?.toSchema() ?? new asn1js.Null()));
    expect(
      tst.nonce?.isEqual(req.nonce ?? new asn1js.Integer({ valueHex: toArrayBuffer(new Uint8Array([0])) })),
    ).toBe(true);
  });
});
