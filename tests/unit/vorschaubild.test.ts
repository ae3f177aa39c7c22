import { describe, expect, it } from 'vitest';
import { aufzaehlung, type Abzeichen } from '../../src/lib/gebiete/antwort.ts';
import {
  gebietsbild,
  gebietsbildAlt,
  seitenbild,
  umbrechen,
  vorschaubildPfad,
} from '../../src/lib/veroeffentlichen/vorschaubild.ts';
import { STIL } from '../../src/lib/karte/stil.ts';

const karte = {
  breite: 100,
  hoehe: 80,
  rahmen: '13075',
  flaeche: 'M0,0H100V80H0Z',
  feineGrenzen: '',
  grenzen: 'M50,0V80',
  hervorgehoben: 'M0,0H10V10H0Z',
  mitte: [5, 5] as [number, number],
};
/** A badge without a known body or source. */
const ohneQuelle = (typ: Abzeichen['typ'], kategorie: Abzeichen['kategorie']): Abzeichen => ({
  typ,
  kategorie,
  bezeichnung: null,
  stand: null,
  quelle_url: null,
  quelle_titel: null,
  herkunft: null,
  traeger: null,
});
const abzeichen = [ohneQuelle('beirat', 'ueber'), ohneQuelle('konzept', 'unbekannt')];

describe('share cards', () => {
  it('puts each page card at a path derived from the page path', () => {
    expect(vorschaubildPfad('/')).toBe('vorschau/start.png');
    expect(vorschaubildPfad('/gemeinde/13075039/')).toBe('vorschau/gemeinde/13075039.png');
    expect(vorschaubildPfad('/gesetz/leichte-sprache/')).toBe('vorschau/gesetz/leichte-sprache.png');
  });

  it('wraps at spaces and marks what it had to leave out', () => {
    expect(umbrechen('eins zwei drei vier', 9, 3)).toEqual(['eins zwei', 'drei vier']);
    expect(umbrechen('eins zwei drei vier fünf sechs', 9, 2)).toEqual(['eins zwei', 'drei vier …']);
  });

  it('escapes text from the data and fills badges exactly as the map does', () => {
    const svg = gebietsbild('A & <B>', 'Gemeinde', abzeichen, karte);
    expect(svg).toContain('A &amp; &lt;B&gt;');
    expect(svg).not.toContain('<B>');
    expect(svg).toContain(`fill="${STIL.ueber.muster!.grund}"`);
    expect(svg).toContain(`stroke="${STIL.unbekannt.muster!.linie}"`);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
  });

  it('says in its alt text what the card shows, in the legend words', () => {
    expect(gebietsbildAlt('Weitenhagen', abzeichen)).toBe(
      'Weitenhagen auf der Karte von Mecklenburg-Vorpommern. Migrations-/Integrationsbeirat: über Amt oder Kreis; ' +
        'Integrationskonzept: unbekannt.',
    );
    expect(seitenbild('Gesetz', 'Was das InTG sagt')).toContain('>Gesetz</text>');
  });

  it('lists in German', () => {
    expect(aufzaehlung(['a'])).toBe('a');
    expect(aufzaehlung(['a', 'b', 'c'])).toBe('a, b und c');
  });
});
