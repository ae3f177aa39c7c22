import QRCode from 'qrcode';

/**
 * A QR code as SVG markup, made at build time (npm package qrcode, no third-party service), for the
 * printed fact sheet: a phone camera leads from the paper to the page with all sources.
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
