/** Pages of a PDF as Chromium writes it: the largest /Count of its page tree. */
export function pdfSeiten(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return Math.max(...[...text.matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
}
