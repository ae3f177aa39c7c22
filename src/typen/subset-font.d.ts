/** The one call of subset-font (BSD-3-Clause, hb-subset as WebAssembly) this project uses; it ships no types. */
declare module 'subset-font' {
  export default function subsetFont(
    schrift: Buffer,
    zeichen: string,
    optionen?: { targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt' },
  ): Promise<Buffer>;
}
