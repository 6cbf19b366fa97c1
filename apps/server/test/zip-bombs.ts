import zlib from 'node:zlib';

/**
 * Hostile .xlsx files for the reading-limit tests, built at run time (never committed): a minimal
 * zip reader and writer around node:zlib, so a real workbook's parts can be kept and one part
 * swapped for gigabytes of XML deflated to about a megabyte.
 */

export type ZipPart = {
  name: string;
  /** The deflated bytes (raw deflate). */
  deflated: Buffer;
  crc: number;
  size: number;
  /** What the headers claim instead of `size` (a lying bomb). */
  declaredSize?: number;
  /** Sizes left to a data descriptor after the data (general purpose flag bit 3). */
  descriptor?: boolean;
};

/** The parts of a (small, well-formed) zip, inflated and re-deflated, in their order. */
export function zipParts(zip: Buffer): ZipPart[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const parts: ZipPart[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    const data = method === 0 ? raw : zlib.inflateRawSync(raw);
    parts.push(part(name, data));
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return parts;
}

export function part(name: string, data: Buffer | string): ZipPart {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return { name, deflated: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), size: bytes.length };
}

/**
 * A part of `head` + `fill` repeated `repeat` times + `tail`, deflated as a stream so the
 * gigabyte never exists in memory (1 GiB of one repeated byte deflates to about 1 MB).
 */
export async function bombPart(
  name: string,
  head: string,
  fill: string,
  repeat: number,
  tail: string,
): Promise<ZipPart> {
  const copies = Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(fill)));
  const chunk = fill.repeat(copies);
  function* chunks() {
    let left = repeat;
    for (; left >= copies; left -= copies) yield chunk;
    if (left > 0) yield fill.repeat(left);
  }
  return streamPart(name, head, chunks(), tail);
}

/** A part of `head`, the given pieces and `tail`, deflated as a stream. */
export async function streamPart(
  name: string,
  head: string,
  pieces: Iterable<string>,
  tail: string,
): Promise<ZipPart> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = async (chunk: Buffer) => {
    crc = zlib.crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  };
  await write(Buffer.from(head));
  for (const piece of pieces) await write(Buffer.from(piece));
  await write(Buffer.from(tail));
  deflate.end();
  await done;
  return { name, deflated: Buffer.concat(out), crc, size };
}

/** Writes a zip (deflate, no zip64) of the parts in order, with their declared sizes. */
export function writeZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const declared = p.declaredSize ?? p.size;
    const flags = 0x0800 | (p.descriptor ? 0x0008 : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.descriptor ? 0 : p.crc, 14);
    local.writeUInt32LE(p.descriptor ? 0 : p.deflated.length, 18);
    local.writeUInt32LE(p.descriptor ? 0 : declared, 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(p.descriptor ? 16 : 0);
    if (p.descriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(p.crc, 4);
      descriptor.writeUInt32LE(p.deflated.length, 8);
      descriptor.writeUInt32LE(declared, 12);
    }
    locals.push(local, name, p.deflated, descriptor);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.deflated.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + p.deflated.length + descriptor.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Replaces (or adds, before the first worksheet) the named part. */
export function withPart(parts: readonly ZipPart[], replacement: ZipPart): ZipPart[] {
  const i = parts.findIndex((p) => p.name === replacement.name);
  if (i >= 0) return parts.map((p, j) => (j === i ? replacement : p));
  const sheet = parts.findIndex((p) => p.name.startsWith('xl/worksheets/'));
  const copy = [...parts];
  copy.splice(sheet < 0 ? copy.length : sheet, 0, replacement);
  return copy;
}
