import { describe, expect, it } from 'vitest';
import { fuellungSvg, musterSvg } from '../../src/lib/karte/muster.ts';
import { MUSTER_BREITE, STIL } from '../../src/lib/karte/stil.ts';

describe('pattern markup', () => {
  it("draws a hatch in the pattern's own line width, else the default", () => {
    expect(fuellungSvg(STIL.unbekannt, 'a').defs).toContain(`stroke-width="${STIL.unbekannt.muster!.breite}"`);
    expect(fuellungSvg(STIL.ueber, 'a').defs).toContain(`stroke-width="${MUSTER_BREITE}"`);
  });

  it('draws dots as one circle and a cross-hatch as two lines per tile', () => {
    const punkte = musterSvg(STIL.geplant.muster!, 'p');
    expect(punkte.match(/<circle /g)).toHaveLength(1);
    expect(punkte).toContain(`r="${STIL.geplant.muster!.breite! / 2}"`);
    expect(musterSvg(STIL.nein.muster!, 'n').match(/<line /g)).toHaveLength(2);
    expect(musterSvg(STIL.ueber.muster!, 'u').match(/<line /g)).toHaveLength(1);
  });

  it('gives a solid fill no defs and a pattern its own id', () => {
    expect(fuellungSvg(STIL.vorhanden, 'x')).toEqual({ defs: '', fuellung: STIL.vorhanden.fuellung });
    const { defs, fuellung } = fuellungSvg(STIL.nein, 'abzeichen-beirat');
    expect(defs).toMatch(/^<defs><pattern id="abzeichen-beirat" /);
    expect(fuellung).toBe('url(#abzeichen-beirat)');
  });
});
