/**
 * The toolbar icon, drawn here so the repository holds no binary files: a teal rounded square with two lines of
 * "text", the second underlined in amber. PNG encoding uses node:zlib.
 */
import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const TEAL: Rgba = [47, 111, 115, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [227, 170, 61, 255];

/** Which colour covers a point of the unit square, or undefined for transparent. */
function colourAt(x: number, y: number): Rgba | undefined {
  const r = 0.2;
  const inside = (px: number, py: number) => {
    const cx = Math.min(Math.max(px, r), 1 - r);
    const cy = Math.min(Math.max(py, r), 1 - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
  if (!inside(x, y)) return undefined;
  const bar = (left: number, right: number, top: number, bottom: number) => x >= left && x <= right && y >= top && y <= bottom;
  if (bar(0.2, 0.8, 0.27, 0.37)) return WHITE;
  if (bar(0.2, 0.62, 0.47, 0.57)) return WHITE;
  if (bar(0.2, 0.62, 0.66, 0.73)) return AMBER;
  return TEAL;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A square PNG of the icon, `size` pixels, 4×4 supersampled. */
export function iconPng(size: number): Buffer {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          for (let i = 0; i < 3; i++) sum[i]! += colour[i]! * colour[3]!;
          sum[3]! += colour[3]!;
        }
      }
      const alpha = sum[3]! / (samples * samples);
      const at = py * (size * 4 + 1) + 1 + px * 4;
      for (let i = 0; i < 3; i++) raw[at + i] = sum[3]! > 0 ? Math.round(sum[i]! / sum[3]!) : 0;
      raw[at + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 48, 128] as const;
