import { Resvg } from '@resvg/resvg-js';
import { SCHRIFTEN } from './schriften.ts';

/**
 * PNG from SVG in the build, without a browser or a server: the same native resvg as the share
 * cards (prebuilt binary from npm, no install script). It sees no system fonts, so Noto Sans comes
 * from an npm package; every machine that ran `npm ci` has it, and the PNG looks the same everywhere.
 */
export async function svgZuPng(svg: string, breite: number): Promise<Uint8Array<ArrayBuffer>> {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: SCHRIFTEN,
      loadSystemFonts: false,
      defaultFontFamily: 'Noto Sans',
      sansSerifFamily: 'Noto Sans',
    },
    fitTo: { mode: 'width', value: breite },
    background: '#ffffff',
  });
  // Copied onto a plain ArrayBuffer, which is what a Response body takes.
  return new Uint8Array(resvg.render().asPng());
}
