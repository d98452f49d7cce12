// Draws resources/icon.png (512×512 RGBA), the icon electron-builder packages:
// a rounded teal tile with a white speech bubble holding a play mark. Written
// with zlib only, so it needs no image tools and no network. Run it again only
// to change the icon: `node scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const size = 512;

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Signed distance to a rounded rectangle centred at (cx, cy): negative inside. */
function roundedRect(x, y, cx, cy, halfW, halfH, radius) {
  const dx = Math.max(Math.abs(x - cx) - halfW + radius, 0);
  const dy = Math.max(Math.abs(y - cy) - halfH + radius, 0);
  return Math.hypot(dx, dy) - radius;
}

function insideTriangle(x, y, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function pixel(x, y) {
  if (roundedRect(x, y, 256, 256, 240, 240, 96) > 0) return [0, 0, 0, 0];
  const t = y / size;
  const tile = [Math.round(20 + 10 * t), Math.round(140 - 40 * t), Math.round(150 - 30 * t), 255];
  const bubble =
    roundedRect(x, y, 256, 236, 150, 112, 56) <= 0 ||
    insideTriangle(x, y, [
      [190, 330],
      [250, 330],
      [170, 400],
    ]);
  if (!bubble) return tile;
  return insideTriangle(x, y, [
    [226, 180],
    [226, 292],
    [316, 236],
  ])
    ? tile
    : [255, 255, 255, 255];
}

const raw = Buffer.alloc((size * 4 + 1) * size);
for (let y = 0; y < size; y++) {
  const row = y * (size * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < size; x++) raw.set(pixel(x + 0.5, y + 0.5), row + 1 + x * 4);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(resolve(import.meta.dirname, '../resources/icon.png'), png);
console.log(`resources/icon.png: ${size}×${size}, ${png.length} bytes`);
