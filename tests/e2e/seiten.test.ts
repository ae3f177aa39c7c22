import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { FORDERUNGEN } from '../../src/lib/politik/beschluss.ts';
import { TABELLEN } from '../../src/lib/schema/index.ts';
import { TOPOJSON_PFAD } from '../../src/lib/veroeffentlichen/exporte.ts';
import { browserJeDatei } from './browser.ts';

// The pages of the law, the tracker, the data and the site chrome, as a visitor without JavaScript sees them.
const browser = browserJeDatei();
const csv = (datei: string) =>
  Papa.parse<Record<string, string>>(fs.readFileSync(path.join('data', datei), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
const html = (seite: string) => fs.readFileSync(path.join(inject('dist'), seite, 'index.html'), 'utf8');

async function oeffne(pfad: string) {
  const kontext = await browser().newContext({ javaScriptEnabled: false });
  const seite = await kontext.newPage();
  const antwort = await seite.goto(inject('basisUrl') + pfad);
  return { seite, antwort, schliesse: () => kontext.close() };
}

describe('/gesetz/', () => {
  it('marks every statement whose wording is not checked, visibly, and links its source', async () => {
    const aussagen = csv('intg-aussagen.csv');
    const { seite, schliesse } = await oeffne('/gesetz/');
    const marken = seite.locator('[data-ungeprueft]');
    expect(await marken.count()).toBe(aussagen.filter((a) => a.wortlaut_geprueft === 'nein').length);
    for (const m of await marken.all()) expect(await m.isVisible()).toBe(true);
    await expect
      .poll(() => seite.getByRole('heading', { name: /Aussagen sind nicht am Gesetzestext geprüft/ }).isVisible())
      .toBe(true);
    for (const a of aussagen) {
      const eintrag = seite.locator(`#aussage-${a.id}`);
      expect(await eintrag.getByText(a.aussage!, { exact: true }).count(), a.id).toBe(1);
      expect(await eintrag.locator(`a[href="${a.quelle_url}"]`).count(), a.id).toBe(1);
    }
    await schliesse();
  });

  it('links the official text and the Leichte Sprache version', async () => {
    const { seite, schliesse } = await oeffne('/gesetz/');
    expect(await seite.locator('a[href^="https://www.landesrecht-mv.de"]').count()).toBeGreaterThan(0);
    await seite.getByRole('link', { name: 'Das Gesetz in Leichter Sprache' }).click();
    await expect
      .poll(() => seite.getByRole('heading', { level: 1 }).textContent())
      .toBe('Das Integrations-Gesetz in Leichter Sprache');
    await schliesse();
  });
});

describe('/forderungen/', () => {
  it('shows each demand with its newest status and keeps the whole history', async () => {
    const zeilen = csv('forderungen.csv');
    // Newest Stand wins, a later line on the same Stand too; an unknown Stand counts as oldest.
    const stand = (z: Record<string, string>) => (z.stand === 'unbekannt' ? '' : z.stand!);
    const { seite, schliesse } = await oeffne('/forderungen/');
    for (const f of FORDERUNGEN) {
      const eigene = zeilen.filter((z) => z.forderung === f.wert);
      const neueste = eigene.reduce((a, b) => (stand(b) >= stand(a) ? b : a));
      const karte = seite.locator(`li#${f.wert}`);
      expect(await karte.locator('[data-status]').getAttribute('data-status'), f.wert).toBe(neueste.status);
      expect(await karte.getByText(neueste.beleg!).count(), f.wert).toBeGreaterThan(0);
      if (eigene.length > 1) expect(await karte.locator('details ol > li').count(), f.wert).toBe(eigene.length);
    }
    await schliesse();
  });

  it('says whose resolution it is before the first demand, and explains every LDK on the page', () => {
    const seite = html('forderungen');
    const herkunft = seite.indexOf('data-herkunft');
    expect(herkunft).toBeGreaterThan(0);
    expect(herkunft).toBeLessThan(seite.indexOf(`id="${FORDERUNGEN[0].wert}"`));
    expect(seite).toContain('Bündnis 90/Die Grünen Mecklenburg-Vorpommern');
    const text = seite.replace(/<abbr title="Landesdelegiertenkonferenz"[^>]*>LDK<\/abbr>/g, '');
    expect(text.replace(/<[^>]+>/g, ' ')).not.toMatch(/\bLDK\b/);
  });
});

describe('/daten/', () => {
  it('offers the data package, GeoJSON, a citation and the last change per file', () => {
    const seite = html('daten');
    for (const ziel of ['/daten/datapackage.json', '/daten/geo/gemeinden.geo.json', `/daten/${TOPOJSON_PFAD}`])
      expect(seite).toContain(`href="${ziel}"`);
    expect(seite).toMatch(
      /data-zitat>Integrationsatlas MV \((\d{4}|o\. J\.)\): .* Datenstand: (\d{2}\.\d{2}\.\d{4}|unbekannt)\./,
    );
    expect(seite.match(/zuletzt geändert: (\d{2}\.\d{2}\.\d{4}|unbekannt)/g)).toHaveLength(TABELLEN.length);
  });

  it('dates each file by its last commit when the clone has the history, and says so when it has not', () => {
    const seite = html('daten');
    const flach = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';
    if (flach) {
      expect(seite).toContain('data-verlauf-unvollstaendig');
      return;
    }
    expect(seite).not.toContain('data-verlauf-unvollstaendig');
    for (const t of TABELLEN) {
      const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', `data/${t.datei}`], {
        encoding: 'utf8',
      }).trim();
      if (iso === '') continue; // not committed yet
      const tag = new Intl.DateTimeFormat('de-DE', {
        timeZone: 'Europe/Berlin',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(new Date(iso));
      expect(seite, t.datei).toMatch(
        new RegExp(
          `${t.titel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*?zuletzt geändert: ${tag.replace(/\./g, '\\.')}`,
        ),
      );
    }
  });

  it('lists changes in German: dates, links and row counts, never a commit subject unless it is a PR title', () => {
    const seite = html('daten');
    const liste = /<ol[^>]*data-aenderungen[^>]*>([\s\S]*?)<\/ol>/.exec(seite)?.[1] ?? '';
    const eintraege = [...liste.matchAll(/data-commit="([0-9a-f]+)"/g)].map((m) => m[1]!);
    const flach = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';
    if (!flach) expect(eintraege.length).toBeGreaterThan(0);
    const prTitel = [...liste.matchAll(/data-pull-request="\d+"[\s\S]*?„\s*([^“]+)“/g)].map((m) => m[1]!.trim());
    for (const hash of eintraege) {
      const betreff = execFileSync('git', ['log', '-1', '--format=%s', hash], { encoding: 'utf8' }).trim();
      if (prTitel.includes(betreff)) continue;
      expect(liste, hash).not.toContain(betreff.replace(/&/g, '&amp;'));
    }
    const bilanzen = [...liste.matchAll(/data-bilanz[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(bilanzen.length).toBeGreaterThanOrEqual(eintraege.length);
    for (const b of bilanzen)
      expect(b).toMatch(
        new RegExp(
          [
            '^(neu angelegt(, noch ohne Datenzeilen| mit [\\d.]+ Zeilen?)',
            '|entfernt \\([\\d.]+ Zeilen?\\)|keine Datenzeile geändert',
            '|(Spalten? [^:]+? (ergänzt|entfernt)(, |$))*([\\d.]+ Zeilen? (ergänzt|geändert|entfernt))?',
            '(, [\\d.]+ (geändert|entfernt))*)$',
          ].join(''),
        ),
      );
  });

  it('explains why the Gemeinden template has fewer rows than the map has Gemeinden', () => {
    const text = html('daten')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toMatch(
      new RegExp(
        /Die Karte zeigt 7\d\d Gemeinden, .* für Gemeinden hat 7\d\d Zeilen\. /.source +
          'Der Unterschied sind die kreisfreien Städte',
      ),
    );
  });
});

describe('/quellen/', () => {
  it('lists every source of every table', () => {
    const seite = html('quellen').replace(/&amp;/g, '&');
    for (const t of TABELLEN)
      for (const z of csv(t.datei))
        expect(seite, `${t.datei}: ${z.quelle_url}`).toContain(`href="${z.quelle_url!.trim()}"`);
  });
});

describe('site chrome', () => {
  it('marks the publisher’s details as placeholders until they are filled in', () => {
    expect(html('ueber')).toContain('data-platzhalter');
    expect(html('ueber')).toMatch(/<h2[^>]*>Impressum<\/h2>/);
    expect(html('barrierefreiheit')).toMatch(/Barrieren melden[\s\S]*data-platzhalter/);
  });

  it('answers an unknown address with the 404 page and a way back', async () => {
    const { seite, antwort, schliesse } = await oeffne('/gibt-es-nicht/');
    expect(antwort?.status()).toBe(404);
    expect(await seite.getByRole('heading', { level: 1 }).textContent()).toBe('Seite nicht gefunden');
    expect(await seite.getByRole('link', { name: 'Offene Daten und Gebietsregister' }).getAttribute('href')).toBe(
      '/daten/',
    );
    await schliesse();
  });

  it('links imprint, accessibility statement, Leichte Sprache and sources from every page', () => {
    for (const seite of ['', 'daten', 'gesetz', 'forderungen']) {
      const fuss = html(seite).split('<footer')[1]!;
      for (const ziel of ['/ueber/', '/barrierefreiheit/', '/gesetz/leichte-sprache/', '/quellen/'])
        expect(fuss, `${seite}: ${ziel}`).toContain(`href="${ziel}"`);
    }
  });
});
