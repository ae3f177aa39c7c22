import fs from 'node:fs';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { WURZEL } from './pfade.ts';

/**
 * PNG from SVG in the build, without a browser or a server: resvg compiled to WebAssembly. It
 * sees no system fonts, so Noto Sans comes from an npm package; every machine that ran `npm ci`
 * has it, and the PNG looks the same everywhere.
 */
const PAKETE = path.join(WURZEL, 'node_modules');
const WASM = path.join(PAKETE, '@resvg', 'resvg-wasm', 'index_bg.wasm');
const SCHRIFTEN = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map((f) =>
  path.join(PAKETE, '@expo-google-fonts', 'noto-sans', f),
);

let bereit: Promise<Uint8Array[]> | undefined;

function vorbereiten(): Promise<Uint8Array[]> {
  bereit ??= initWasm(fs.readFileSync(WASM)).then(() => SCHRIFTEN.map((f) => new Uint8Array(fs.readFileSync(f))));
  return bereit;
}

/** Renders an SVG document to a PNG `breite` pixels wide, on white. */
export async function svgZuPng(svg: string, breite: number): Promise<Uint8Array<ArrayBuffer>> {
  const schriften = await vorbereiten();
  const resvg = new Resvg(svg, {
    font: { fontBuffers: schriften, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
    fitTo: { mode: 'width', value: breite },
    background: '#ffffff',
  });
  const bild = resvg.render();
  // Copied onto a plain ArrayBuffer, which is what a Response body takes.
  const png = new Uint8Array(bild.asPng());
  bild.free();
  resvg.free();
  return png;
}
