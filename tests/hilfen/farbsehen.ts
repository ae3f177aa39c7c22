/**
 * Colour maths for the palette test: simulated colour vision deficiencies (Machado, Oliveira and
 * Fernandes 2009, severity 1.0, applied in linear sRGB) and the CIE76 colour difference in CIELAB.
 */
export type Sicht = 'normal' | 'deuteranopie' | 'protanopie' | 'tritanopie';
type Matrix = [number, number, number, number, number, number, number, number, number];

const MATRIZEN: Record<Exclude<Sicht, 'normal'>, Matrix> = {
  protanopie: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopie: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopie: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

export function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => linear(c / 255)) as [number, number, number];
}

/** A mix of two colours in linear light, `anteil` of the second: what a fine pattern looks like from afar. */
export function mische(a: string, b: string, anteil: number): [number, number, number] {
  const [x, y] = [rgb(a), rgb(b)];
  return [0, 1, 2].map((i) => (x[i] ?? 0) * (1 - anteil) + (y[i] ?? 0) * anteil) as [number, number, number];
}

export function simuliere(farbe: [number, number, number], sicht: Sicht): [number, number, number] {
  if (sicht === 'normal') return farbe;
  const m = MATRIZEN[sicht];
  const [r, g, b] = farbe;
  const k = (v: number) => Math.min(1, Math.max(0, v));
  return [k(m[0] * r + m[1] * g + m[2] * b), k(m[3] * r + m[4] * g + m[5] * b), k(m[6] * r + m[7] * g + m[8] * b)];
}

function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two linear-RGB colours. */
export function abstand(a: [number, number, number], b: [number, number, number]): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
