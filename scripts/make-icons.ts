// Draws the toolbar icon (a lens over a steppe-blue disc) as PNGs in public/icons, with no image tool.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(size: number): Buffer {
  const centre = size * 0.42;
  return png(size, (px, py) => {
    const x = px + 0.5;
    const y = py + 0.5;
    const distance = Math.hypot(x - centre, y - centre);
    const handle = x > size * 0.6 && y > size * 0.6 && Math.abs(x - y) < size * 0.11 && x < size * 0.95;
    if (handle) return [11, 110, 121, 255];
    if (distance < size * 0.27) return [255, 207, 64, 255]; // the sun of the flag, seen through the lens
    if (distance < size * 0.38) return [11, 110, 121, 255];
    return [0, 0, 0, 0];
  });
}

for (const size of [16, 32, 48, 128])
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), icon(size));
console.log('icons written to public/icons');
