import { describe, expect, it } from 'vitest';
import { svgZuPng } from '../../src/lib/laden/rasterung.ts';

const PNG_SIGNATUR = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const svg = (inhalt: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" viewBox="0 0 200 40" font-family="system-ui, ` +
  `sans-serif">${inhalt}</svg>`;
const breiteAusIhdr = (png: Uint8Array) => new DataView(png.buffer, png.byteOffset).getUint32(16);

describe('svgZuPng', () => {
  it('renders a PNG of the requested width, without a browser', async () => {
    const png = await svgZuPng(svg('<rect x="10" y="10" width="50" height="20" fill="#12355b"/>'), 400);
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATUR);
    expect(breiteAusIhdr(png)).toBe(400);
  });

  it('draws text with the font from npm, with no system fonts (umlauts and € included)', async () => {
    const leer = await svgZuPng(svg(''), 400);
    const mitText = await svgZuPng(svg('<text x="5" y="28" font-size="20">Größe: 1,5 Mio. €</text>'), 400);
    const mitAnderemText = await svgZuPng(svg('<text x="5" y="28" font-size="20">Ist (bewilligt)</text>'), 400);
    // Without a font resvg silently drops text, and all three images would be the same blank page.
    expect(Buffer.from(mitText).equals(Buffer.from(leer))).toBe(false);
    expect(Buffer.from(mitText).equals(Buffer.from(mitAnderemText))).toBe(false);
  });
});
