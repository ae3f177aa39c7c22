import QRCode from 'qrcode';

/**
 * A QR code as SVG markup, made at build time (npm package qrcode, no third-party service), for
 * printed pages: a phone camera leads from the paper to the page. Shared by the fact sheets and
 * the letters of the Musterabfrage.
 */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    margin: 0,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.replace('<svg ', '<svg aria-hidden="true" class="w-full h-auto" ');
}
