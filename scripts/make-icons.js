// Draws the add-in's icons (a pie chart split like a distribution key) as PNG files in assets/.
// Run with `node scripts/make-icons.js`; the PNGs are committed, so the build never needs this.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0, 95, 150];
const LIGHT = [120, 190, 230];
const WHITE = [255, 255, 255];
/** The first party's share, as in domain.md's worked example (44,7 %). */
const FIRST_SHARE = 0.447;
/** Samples per pixel side: edges are averaged so small icons stay smooth. */
const SUPERSAMPLING = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA colour of one sample point, in icon units (0..1 on both axes); null is transparent. */
function colourAt(x, y) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  if (r > 0.48) return null;
  if (r > 0.44) return WHITE;
  // Clockwise from twelve o'clock, as a pie chart is read.
  const turn = (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1;
  return turn < FIRST_SHARE ? LIGHT : BLUE;
}

function pixel(size, px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      const colour = colourAt(
        (px + (sx + 0.5) / SUPERSAMPLING) / size,
        (py + (sy + 0.5) / SUPERSAMPLING) / size
      );
      if (!colour) continue;
      colour.forEach((v, i) => (sum[i] += v));
      sum[3] += 255;
    }
  }
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  const covered = sum[3] / 255;
  const rgb = sum.slice(0, 3).map((v) => (covered ? Math.round(v / covered) : 0));
  return [...rgb, Math.round(sum[3] / samples)];
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0]; // filter type None
    for (let x = 0; x < size; x++) row.push(...pixel(size, x, y));
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(assets, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(assets, `icon-${size}.png`), png(size));
