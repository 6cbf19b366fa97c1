import { deflateSync } from 'node:zlib';
import type { AppContext } from '../platform/context.js';
import type { Executor } from '../platform/db/index.js';
import type { Org } from '../modules/organizations/index.js';
import { setInsurerDocumentSettings } from '../modules/documents/index.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** An RGBA PNG of `size` × `size` pixels from a colour function (4 × 4 supersampled). */
export function drawPng(
  size: number,
  colour: (x: number, y: number) => [number, number, number, number],
): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const [r, g, b, a] = colour((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          acc[0]! += r * a;
          acc[1]! += g * a;
          acc[2]! += b * a;
          acc[3]! += a;
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const alpha = acc[3]! / 16;
      raw[o] = alpha ? Math.round(acc[0]! / acc[3]!) : 0;
      raw[o + 1] = alpha ? Math.round(acc[1]! / acc[3]!) : 0;
      raw[o + 2] = alpha ? Math.round(acc[2]! / acc[3]!) : 0;
      raw[o + 3] = Math.round(alpha * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * 华安's demo logo mark: a blue disc with a white ring and a red sail over two white waves — a
 * generated stand-in for an insurer's real logo (coordinates 0…1, y down).
 */
export function huaanLogoPng(size = 128): Buffer {
  const BLUE: [number, number, number, number] = [20, 74, 156, 1];
  const RED: [number, number, number, number] = [214, 36, 40, 1];
  const WHITE: [number, number, number, number] = [255, 255, 255, 1];
  const NONE: [number, number, number, number] = [0, 0, 0, 0];
  return drawPng(size, (x, y) => {
    const dx = x - 0.5;
    const dy = y - 0.5;
    const r = Math.hypot(dx, dy);
    if (r > 0.49) return NONE;
    if (r > 0.43) return BLUE;
    if (r > 0.39) return WHITE;
    // The sail: a triangle from the mast (x = 0.5) to the right.
    if (x >= 0.48 && x <= 0.52 && y > 0.2 && y < 0.62) return WHITE;
    if (x > 0.53 && y < 0.6 && y > 0.22 && x - 0.53 < (y - 0.22) * 0.75) return RED;
    if (x < 0.47 && y < 0.6 && y > 0.32 && 0.47 - x < (y - 0.32) * 0.55) return WHITE;
    // Two waves.
    for (const base of [0.68, 0.78]) {
      const wave = base + 0.025 * Math.sin(x * Math.PI * 6);
      if (Math.abs(y - wave) < 0.022) return WHITE;
    }
    return BLUE;
  });
}

/**
 * The demo insurers' document settings, before the demo policies are issued: 华安's hotline 95556
 * and its generated logo, 泰和's hotline. Left alone when already set (an admin's changes stay).
 */
export async function seedDemoInsurerBranding(
  ctx: AppContext,
  tx: Executor,
  orgs: Map<string, Org>,
): Promise<void> {
  const huaan = orgs.get('huaan');
  if (huaan)
    await setInsurerDocumentSettings(
      ctx,
      tx,
      huaan.id,
      { hotline: '95556', logo: { data: huaanLogoPng(), mime: 'image/png' } },
      { onlyIfAbsent: true },
    );
  const taihe = orgs.get('taihe');
  if (taihe)
    await setInsurerDocumentSettings(
      ctx,
      tx,
      taihe.id,
      { hotline: '95567', logo: null },
      { onlyIfAbsent: true },
    );
}
