import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Herkunft from '../../src/components/forderungen/Herkunft.astro';

// The statement of origin at the top of /forderungen/: without it the tracker reads as one party's scorecard.
let html = '';
let text = '';

beforeAll(async () => {
  const container = await AstroContainer.create();
  html = await container.renderToString(Herkunft);
  text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
});

describe('Herkunft of the 2021 resolution', () => {
  it('says plainly whose resolution it is and when it was passed', () => {
    expect(text).toContain('Landesdelegiertenkonferenz');
    expect(text).toContain('von Bündnis 90/Die Grünen Mecklenburg-Vorpommern am 05.06.2021');
    expect(text).toContain('Parteibeschluss, kein Beschluss des Landtags oder der Landesregierung');
  });

  it('explains the abbreviation LDK wherever it appears', () => {
    const vorkommen = html.match(/LDK/g) ?? [];
    const erklaert = html.match(/<abbr title="Landesdelegiertenkonferenz"[^>]*>LDK<\/abbr>/g) ?? [];
    expect(vorkommen.length).toBeGreaterThan(0);
    expect(erklaert).toHaveLength(vorkommen.length);
  });

  it('says why the atlas tracks it: one demand became the InTG', () => {
    expect(text).toContain('Integrationsgesetz');
    expect(text).toContain('Integrations- und Teilhabegesetz (InTG M-V)');
    expect(html).toMatch(/href="[^"]*gesetz\/"/);
  });

  it('says that assessments follow sources of any origin', () => {
    expect(text).toMatch(/nach Belegen, gleich wer sie veröffentlicht hat/);
    expect(text).toContain('Parteien jeder Richtung');
  });
});
