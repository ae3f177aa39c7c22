import fs from 'node:fs';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import AbfrageAntworten from '../../src/components/AbfrageAntworten.astro';
import type { Gebiet } from '../../src/lib/gebiete/register.ts';
import { gebietsprofil, grundlagenAus } from '../../src/lib/gebiete/profil.ts';
import { ladeDatenbestand } from '../../src/lib/laden/datenbestand.ts';
import { datenKopie } from '../hilfen/musterabfrage.ts';

// The component that Gebiet pages will include, rendered against a copy of data/ with answers.
// The component renders the Gebietsprofil built from the copy, as the Gebiet page does.
const PR = 'https://github.com/integrationsatlas-mv/integrationsatlas-mv/pull/3';
let rendere: (gebiet: string, ebene?: 2 | 3) => Promise<string>;

beforeAll(async () => {
  const daten = datenKopie();
  fs.appendFileSync(
    path.join(daten, 'musterabfrage', 'antworten.csv'),
    [
      `13075039,beirat,nein,2025-03-01,Verwaltung,${PR}0,Musterabfrage: Antwort der Verwaltung,`,
      `13075039,beirat,ja,2026-11-02,Verwaltung,${PR},Stadtverwaltung: Schreiben vom 02.11.2026,`,
      `13075039,beirat-sitzungen,6,2026-11-02,Verwaltung,${PR},Stadtverwaltung: Schreiben vom 02.11.2026,`,
      `13075039,haushalt-2025,12500,2026-11-02,Verwaltung,${PR},Stadtverwaltung: Schreiben vom 02.11.2026,`,
      `13003000,konzept,unbekannt,2026-10-01,Dritte,${PR}1,Musterabfrage: Angaben von Dritten,`,
    ].join('\n') + '\n',
  );
  fs.appendFileSync(
    path.join(daten, 'musterabfrage', 'anfragen.csv'),
    `13075039,2026-10-01,Anfrage,,LAG Migration & Flucht,${PR}2,Q,\n` +
      `13071001,2026-10-01,Anfrage,,LAG Migration & Flucht,${PR}2,Q,\n`,
  );
  const bestand = ladeDatenbestand(daten);
  const grundlagen = grundlagenAus(bestand);
  const container = await AstroContainer.create();
  rendere = (schluessel, ebene) =>
    container.renderToString(AbfrageAntworten, {
      props: {
        profil: gebietsprofil(grundlagen, bestand.register.get(schluessel) as Gebiet),
        ...(ebene ? { ebene } : {}),
      },
    });
  // Validating a whole copy of data/ takes seconds, longer than the default hook limit when the machine is busy.
}, 60_000);

// Inline tags vanish without a trace, block tags become spaces: roughly what a reader sees.
const text = (html: string) =>
  html
    .replace(/<\/?(strong|span|a|em|abbr)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[ \t\r\n]+/g, ' ');

describe('AbfrageAntworten', () => {
  it('lists the current answers with date, who answered and source, and keeps the older one visible', async () => {
    const html = await rendere('13075039');
    expect(text(html)).toContain(
      'Stand der Abfrage: hat geantwortet · angefragt am 01.10.2026 · letzte Antwort der Verwaltung am 02.11.2026',
    );
    expect(text(html)).toContain(
      'Gibt es einen Migrations- oder Integrationsbeirat? ja eine weitere Antwort nein, ' +
        'Verwaltung: Stand 01.03.2025 · Musterabfrage: Antwort der Verwaltung 02.11.2026 ' +
        'Verwaltung Stadtverwaltung: Schreiben vom 02.11.2026',
    );
    expect(text(html)).toContain('6 Sitzungen');
    expect(text(html)).toContain('12.500\u00a0€');
    expect(html).toContain(`href="${PR}"`);
    expect(html).toMatch(/<h2[^>]*>Musterabfrage<\/h2>/);
    expect(html).toMatch(/<h3[^>]*>Migrations- und Integrationsbeirat<\/h3>/);
    expect(html).toContain('href="/musterabfrage/antworten/?gebiet=13075039"');
  });

  it(
    'shows a kreisfreie Stadt’s answers on its Kreis, and answers of Dritte without calling it an answer of the ' +
      'Kommune',
    async () => {
      const html = await rendere('13003', 3);
      expect(text(html)).toContain('Stand der Abfrage: nicht angefragt · 1 Angaben von Dritten');
      expect(text(html)).toMatch(/Gibt es ein Integrationskonzept\? unbekannt 01\.10\.2026 Dritte/);
      expect(html).toMatch(/<h3[^>]*>Musterabfrage<\/h3>/);
      expect(html).toContain('href="/musterabfrage/antworten/?gebiet=13003000"');
    },
  );

  it('says plainly when there is no answer yet, and that the Land is not asked', async () => {
    expect(text(await rendere('13071001'))).toContain(
      'Musterabfrage – Stand der Abfrage: angefragt, keine Antwort · angefragt am 01.10.2026. Für Alt Schwerin ' +
        'liegen noch keine Antworten vor.',
    );
    expect(text(await rendere('13071002'))).toContain(
      'Musterabfrage – Stand der Abfrage: nicht angefragt. Für Altenhagen liegen noch keine Antworten vor.',
    );
    expect(text(await rendere('13'))).toContain('richtet sich an Kreise, Ämter und Gemeinden, nicht an das Land');
  });
});
