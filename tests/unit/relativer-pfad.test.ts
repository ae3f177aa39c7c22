import { beforeAll, describe, expect, it } from 'vitest';
import { flaechen, umriss } from '../../src/lib/karte/ebenen.ts';
import { landProjektion, pfadGenerator, relativerPfad, zehntel } from '../../src/lib/karte/projektion.ts';
import { type GeladeneGeodaten, ladeGeodaten } from '../../src/lib/laden/geo.ts';

/** The absolute points of SVG path data with the commands M m L l H h V v Z z, in tenths. */
function punkte(d: string): [number, number][][] {
  const ringe: [number, number][][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const [, befehl, zahlenText] of d.matchAll(/([MmLlHhVvZz])([^MmLlHhVvZz]*)/g)) {
    const z = [...zahlenText!.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Math.round(Number(m[0]) * 10));
    const relativ = befehl === befehl!.toLowerCase();
    switch (befehl!.toUpperCase()) {
      case 'M':
        [x, y] = relativ ? [x + z[0]!, y + z[1]!] : [z[0]!, z[1]!];
        [sx, sy] = [x, y];
        ringe.push([[x, y]]);
        break;
      case 'L':
        for (let i = 0; i < z.length; i += 2) {
          [x, y] = relativ ? [x + z[i]!, y + z[i + 1]!] : [z[i]!, z[i + 1]!];
          ringe.at(-1)!.push([x, y]);
        }
        break;
      case 'H':
        x = relativ ? x + z[0]! : z[0]!;
        ringe.at(-1)!.push([x, y]);
        break;
      case 'V':
        y = relativ ? y + z[0]! : z[0]!;
        ringe.at(-1)!.push([x, y]);
        break;
      default:
        [x, y] = [sx, sy];
    }
  }
  // Zero-length steps draw nothing; the relative path leaves them out.
  return ringe.map((r) => r.filter((p, i) => i === 0 || p[0] !== r[i - 1]![0] || p[1] !== r[i - 1]![1]));
}

describe('relativerPfad', () => {
  let geo: GeladeneGeodaten;
  beforeAll(() => {
    geo = ladeGeodaten();
  });

  it('writes tenths briefly', () => {
    expect([5, -5, 12, -12, 30, 0, -1234].map(zehntel)).toEqual(['.5', '-.5', '1.2', '-1.2', '3', '0', '-123.4']);
  });

  it('draws exactly the points of the absolute path, in fewer bytes', () => {
    const projektion = landProjektion(800, 560, umriss(geo.topologie));
    const absolut = pfadGenerator(projektion);
    const relativ = relativerPfad(projektion);
    let [vorher, nachher] = [0, 0];
    for (const f of flaechen(geo.topologie, 'gemeinden').features) {
      const a = absolut(f)!;
      const r = relativ(f);
      expect(punkte(r)).toEqual(punkte(a));
      vorher += a.length;
      nachher += r.length;
    }
    expect(nachher).toBeLessThan(vorher * 0.8);
  });
});
