// Shared helpers for this package's tests (excluded from the build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsqrModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll } from 'vitest';
import type { KeyAlgorithm } from './algorithms.js';
import {
  type KeyMaterialPem,
  createCrl,
  createDevelopmentCa,
  insurerSigningSubject,
  issueSigningCertificate,
  issueTsaCertificate,
} from './certificates.js';
import type { TimestampAuthority } from './cms.js';
import { createLocalTimestampAuthority } from './tsa.js';

// jsqr's UMD bundle exports the function itself while its typings declare a default export.
type JsQr = typeof jsqrModule.default;
const jsQR: JsQr = (jsqrModule as unknown as { default?: JsQr }).default ?? (jsqrModule as unknown as JsQr);

export const workDir = mkdtempSync(join(tmpdir(), 'policyhub-documents-'));
// Registered while the importing test file is collected, so it runs when that file is done.
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
let counter = 0;

/** Writes bytes to a fresh file in the test directory and returns its path. */
export function tmpFile(bytes: Uint8Array | string, ext: string): string {
  const path = join(workDir, `f${++counter}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

export function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
  });
}

export function hasTool(cmd: string): boolean {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** pdfsig exits 0 whatever it finds: callers read its text. */
export function pdfsig(pdf: Uint8Array): string {
  return run('pdfsig', [tmpFile(pdf, 'pdf')]);
}

export function pdftotext(pdf: Uint8Array, args: string[] = []): string {
  return run('pdftotext', [...args, tmpFile(pdf, 'pdf'), '-']);
}

export function pageCount(pdf: Uint8Array): number {
  const m = /Pages:\s+(\d+)/.exec(run('pdfinfo', [tmpFile(pdf, 'pdf')]));
  return Number(m?.[1] ?? 0);
}

/** Rasterises one page (optionally a crop in pixels) and returns the PNG path. */
export function rasterise(
  pdf: Uint8Array,
  page: number,
  dpi: number,
  crop?: { x: number; y: number; w: number; h: number },
): string {
  const base = join(workDir, `r${++counter}`);
  const args = ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile'];
  if (crop) args.push('-x', String(crop.x), '-y', String(crop.y), '-W', String(crop.w), '-H', String(crop.h));
  run('pdftoppm', [...args, tmpFile(pdf, 'pdf'), base]);
  return `${base}.png`;
}

export function readPng(path: string): PNG {
  return PNG.sync.read(readFileSync(path));
}

/** Share of pixels darker than mid-grey. */
export function darkShare(png: PNG): number {
  let dark = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const lum =
      0.3 * (png.data[i] ?? 255) + 0.59 * (png.data[i + 1] ?? 255) + 0.11 * (png.data[i + 2] ?? 255);
    if (lum < 128) dark++;
  }
  return dark / (png.width * png.height);
}

/** Share of clearly red pixels (the seal's ink). */
export function redShare(png: PNG): number {
  let red = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const r = png.data[i] ?? 255;
    const g = png.data[i + 1] ?? 255;
    const b = png.data[i + 2] ?? 255;
    if (r > 150 && g < 110 && b < 110) red++;
  }
  return red / (png.width * png.height);
}

export function decodeQr(path: string): string | undefined {
  const png = readPng(path);
  return jsQR(
    new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength),
    png.width,
    png.height,
  )?.data;
}

/** A CA with an insurer signing certificate, a TSA and a fresh CRL. */
export type TestPki = {
  ca: KeyMaterialPem;
  signer: KeyMaterialPem;
  tsaKeys: KeyMaterialPem;
  tsa: TimestampAuthority;
  crl: Uint8Array;
};

const pkis = new Map<string, Promise<TestPki>>();

export function testPki(algorithm: KeyAlgorithm, label = 'default'): Promise<TestPki> {
  const key = `${algorithm}/${label}`;
  let p = pkis.get(key);
  if (!p) {
    p = (async () => {
      const ca = await createDevelopmentCa({
        algorithm,
        subject: {
          commonName: `测试根证书 ${label} ${algorithm}`,
          organization: 'PolicyHub 测试',
          country: 'CN',
        },
      });
      const signer = await issueSigningCertificate(ca, {
        subject: insurerSigningSubject('某某财产保险股份有限公司'),
      });
      const tsaKeys = await issueTsaCertificate(ca);
      return { ca, signer, tsaKeys, tsa: createLocalTimestampAuthority(tsaKeys), crl: await createCrl(ca) };
    })();
    pkis.set(key, p);
  }
  return p;
}

/**
 * Appends an incremental update that replaces the Info dictionary, as an editor would when it
 * saves changes after signing. Classic xref tables only (what this package writes).
 */
export function appendIncrementalUpdate(
  pdf: Uint8Array,
  infoEntries = '/Title (Forged) /PolicyHubDocId (doc_forged)',
): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  if (!Number.isFinite(startxref) || !Number.isFinite(size) || !root) throw new Error('cannot parse trailer');
  let update = `\n${size} 0 obj\n<< ${infoEntries} >>\nendobj\n`;
  const objOffset = pdf.length + 1;
  const xrefOffset = pdf.length + update.length;
  update +=
    `xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(objOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${startxref} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), Buffer.from(update, 'latin1')]));
}
