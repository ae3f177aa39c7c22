import type { Abzeichen } from '../gebiete/antwort.ts';
import type { Lagekarte } from '../karte/lage.ts';
import { fuellungSvg } from '../karte/muster.ts';
import { STIL } from '../karte/stil.ts';
import { KATEGORIEN } from '../strukturen/merkmale.ts';
import { label, STRUKTURTYPEN } from '../schema/vokabular.ts';

/**
 * Share cards (og:image): a 1200×630 picture per page that messengers and mail show with a link.
 * A Gebiet's card shows its name, locator map and badges, any other page its topic. Built as SVG
 * here and rasterised in src/lib/laden/vorschaubilder.ts; the SVG is also the cache key.
 */
export const BILD_BREITE = 1200;
export const BILD_HOEHE = 630;

/** Where a page's card lives, relative to the site root: "/gemeinde/13075039/" → "vorschau/gemeinde/13075039.png". */
export function vorschaubildPfad(seitenpfad: string): string {
  const teil = seitenpfad.replace(/^\/+|\/+$/g, '');
  return `vorschau/${teil === '' ? 'start' : teil}.png`;
}

const MASKE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const maskiert = (s: string) => s.replace(/[&<>"']/g, (z) => MASKE[z]!);

/**
 * Breaks text into lines of at most `zeichen` characters at spaces (resvg does not wrap), and
 * ends with "…" when more than `zeilen` lines would be needed.
 */
export function umbrechen(text: string, zeichen: number, zeilen: number): string[] {
  const ergebnis: string[] = [];
  let zeile = '';
  for (const wort of text.split(/\s+/).filter(Boolean)) {
    if (zeile && `${zeile} ${wort}`.length > zeichen) {
      ergebnis.push(zeile);
      zeile = wort;
    } else zeile = zeile ? `${zeile} ${wort}` : wort;
  }
  if (zeile) ergebnis.push(zeile);
  if (ergebnis.length <= zeilen) return ergebnis;
  const gekuerzt = ergebnis.slice(0, zeilen);
  gekuerzt[zeilen - 1] = `${gekuerzt[zeilen - 1]!.replace(/[\s,.;:–-]+$/, '')} …`;
  return gekuerzt;
}

function textzeilen(zeilen: string[], x: number, y: number, groesse: number, attr = ''): string {
  return zeilen
    .map((z, i) => `<text x="${x}" y="${y + i * groesse * 1.2}" font-size="${groesse}"${attr}>${maskiert(z)}</text>`)
    .join('');
}

function rahmen(inhalt: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${BILD_BREITE}" height="${BILD_HOEHE}" ` +
    `viewBox="0 0 ${BILD_BREITE} ${BILD_HOEHE}" font-family="Noto Sans" fill="#1a1a1a">` +
    `<rect width="${BILD_BREITE}" height="${BILD_HOEHE}" fill="#ffffff"/>` +
    `<rect width="${BILD_BREITE}" height="84" fill="#12355b"/>` +
    `<text x="60" y="56" font-size="34" font-weight="700" fill="#ffffff">Integrationsatlas MV</text>` +
    `<rect y="${BILD_HOEHE - 12}" width="${BILD_BREITE}" height="12" fill="#12355b"/>${inhalt}</svg>`
  );
}

/** The card of a page that is not a Gebiet: its title and what it is about. */
export function seitenbild(titel: string, beschreibung: string): string {
  const kopf = umbrechen(titel, 26, 2);
  const y = 200 + (kopf.length - 1) * 86;
  return rahmen(
    textzeilen(kopf, 60, 190, 72, ' font-weight="700"') +
      textzeilen(umbrechen(beschreibung, 58, 4), 60, y + 80, 34, ' fill="#333333"'),
  );
}

function abzeichenSvg(a: Abzeichen, y: number): string {
  const { defs, fuellung } = fuellungSvg(STIL[a.kategorie], `bild-${a.typ}`);
  const wort = KATEGORIEN.find((k) => k.wert === a.kategorie)!.label;
  return (
    `${defs}<rect x="60" y="${y}" width="44" height="44" fill="${fuellung}" stroke="#444444" stroke-width="2"/>` +
    `<text x="122" y="${y + 19}" font-size="22" font-weight="700">${maskiert(label(STRUKTURTYPEN, a.typ))}</text>` +
    `<text x="122" y="${y + 46}" font-size="24">${maskiert(wort)}</text>`
  );
}

function karteSvg(k: Lagekarte): string {
  const fein = k.feineGrenzen ? `<path d="${k.feineGrenzen}" fill="none" stroke="#b9c3cc" stroke-width="0.4"/>` : '';
  const gebiet = k.hervorgehoben
    ? `<path d="${k.hervorgehoben}" fill="#12355b" stroke="#12355b" stroke-width="0.8"/>`
    : '';
  const ring = k.mitte
    ? `<circle cx="${k.mitte[0]}" cy="${k.mitte[1]}" r="9" fill="none" stroke="#b35c00" stroke-width="2.5"/>`
    : '';
  return (
    `<svg x="740" y="110" width="400" height="470" viewBox="0 0 ${k.breite} ${k.hoehe}">` +
    `<path d="${k.flaeche}" fill="#eef2f5" stroke="#12355b" stroke-width="1.2"/>${fein}` +
    `<path d="${k.grenzen}" fill="none" stroke="#7a8794" stroke-width="0.8"/>${gebiet}${ring}</svg>`
  );
}

/** The card of a Gebiet page: name, kind, the badges of its answer and the locator map. */
export function gebietsbild(
  name: string,
  unterzeile: string,
  abzeichen: readonly Abzeichen[],
  karte: Lagekarte,
): string {
  const kopf = umbrechen(name, 18, 2);
  const unter = umbrechen(unterzeile, 40, 2);
  let y = 168;
  let inhalt = textzeilen(kopf, 60, y, 64, ' font-weight="700"');
  y += (kopf.length - 1) * 77 + 46;
  inhalt += textzeilen(unter, 60, y, 28, ' fill="#333333"');
  y += (unter.length - 1) * 34 + 34;
  const schritt = Math.min(64, (BILD_HOEHE - 30 - y) / Math.max(abzeichen.length, 1));
  abzeichen.forEach((a, i) => {
    inhalt += abzeichenSvg(a, y + i * schritt);
  });
  return rahmen(inhalt + karteSvg(karte));
}

/** og:image:alt of a Gebiet card: what the picture says, in words. */
export function gebietsbildAlt(name: string, abzeichen: readonly Abzeichen[]): string {
  const stand = abzeichen.map(
    (a) => `${label(STRUKTURTYPEN, a.typ)}: ${KATEGORIEN.find((k) => k.wert === a.kategorie)!.label}`,
  );
  return `${name} auf der Karte von Mecklenburg-Vorpommern. ${stand.join('; ')}.`;
}

/** og:image:alt of any other page's card. */
export function seitenbildAlt(titel: string): string {
  return `Integrationsatlas MV: ${titel}`;
}
