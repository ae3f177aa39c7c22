import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { merge, mesh } from 'topojson-client';
import type { Gebiet } from '../gebiete/register.ts';
import { KATEGORIEN, type Kategorie, type Merkmal } from '../strukturen/merkmale.ts';
import { fuellungSvg } from './muster.ts';
import { landProjektion, pfadGenerator } from './projektion.ts';
import { STIL } from './stil.ts';

/**
 * The small map on an Amt or Kreis page: its Gemeinden, each filled with its category for one
 * Merkmal, in the home map's fills and patterns. Path data only; the page shows it as a static
 * SVG file (an <img>), so neither a script nor the page's HTML budget pays for it.
 */
export interface Teilkarte {
  breite: number;
  hoehe: number;
  /** One path per category that occurs, in legend order: the union of its Gemeinden. */
  flaechen: { kategorie: Kategorie; d: string }[];
  /** Borders between the Gemeinden. */
  feineGrenzen: string;
  /** Borders of the Ämter inside a Kreis (empty on an Amt's map). */
  grenzen: string;
  /** The Amt's or Kreis's outline. */
  umriss: string;
}

/** A Gemeinde of the Amt or Kreis and its category for the Merkmal shown. */
export interface Teilflaeche {
  schluessel: string;
  kategorie: Kategorie;
}

const objekteVon = (topologie: Topology, objekt: 'gemeinden' | 'aemter') =>
  (topologie.objects[objekt] as GeometryCollection).geometries;

/** Gebiete on whose pages the map is drawn: Ämter and Landkreise (the others have no Gemeinden of their own). */
export function hatTeilkarte(g: Pick<Gebiet, 'ebene' | 'art'>): boolean {
  return (g.ebene === 'amt' && g.art === 'amt') || (g.ebene === 'kreis' && g.art === 'landkreis');
}

export function teilkarte(
  topologie: Topology,
  g: Gebiet,
  teile: readonly Teilflaeche[],
  groesse: { breite: number; hoehe: number } = { breite: 320, hoehe: 240 },
): Teilkarte {
  const kategorieVon = new Map(teile.map((t) => [t.schluessel, t.kategorie]));
  const eigene = objekteVon(topologie, 'gemeinden').filter((x) => kategorieVon.has(String(x.id)));
  if (eigene.length !== teile.length) {
    const fehlt = teile.filter((t) => !eigene.some((x) => String(x.id) === t.schluessel)).map((t) => t.schluessel);
    throw new Error(`Teilkarte ${g.schluessel}: keine Fläche für ${fehlt.join(', ')}`);
  }
  const sammlung: GeometryCollection = { type: 'GeometryCollection', geometries: eigene };
  const umriss = merge(topologie, eigene as never[]);
  const projektion = landProjektion(groesse.breite, groesse.hoehe, umriss, 4);
  const pfad = pfadGenerator(projektion);
  const aemter: GeometryObject[] =
    g.ebene === 'kreis' ? objekteVon(topologie, 'aemter').filter((x) => String(x.id).startsWith(g.schluessel)) : [];
  return {
    breite: groesse.breite,
    hoehe: groesse.hoehe,
    flaechen: KATEGORIEN.flatMap(({ wert }) => {
      const teil = eigene.filter((x) => kategorieVon.get(String(x.id)) === wert);
      return teil.length === 0 ? [] : [{ kategorie: wert, d: pfad(merge(topologie, teil as never[])) ?? '' }];
    }),
    feineGrenzen: pfad(mesh(topologie, sammlung, (a, b) => a !== b)) ?? '',
    grenzen:
      aemter.length === 0 ? '' : (pfad(mesh(topologie, { ...sammlung, geometries: aemter }, (a, b) => a !== b)) ?? ''),
    umriss: pfad(umriss) ?? '',
  };
}

/** The map as a standalone SVG document, named for screen readers and tools that open it alone. */
export function teilkarteSvg(karte: Teilkarte, titel: string): string {
  const fuellungen = karte.flaechen.map((f) => ({ ...f, ...fuellungSvg(STIL[f.kategorie], `muster-${f.kategorie}`) }));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${karte.breite} ${karte.hoehe}" `,
    `width="${karte.breite}" height="${karte.hoehe}" role="img"><title>${maskiert(titel)}</title>`,
    ...fuellungen.map((f) => f.defs),
    ...fuellungen.map((f) => `<path d="${f.d}" fill="${f.fuellung}" data-kategorie="${f.kategorie}"/>`),
    karte.feineGrenzen && `<path d="${karte.feineGrenzen}" fill="none" stroke="#5f6b76" stroke-width="0.5"/>`,
    karte.grenzen && `<path d="${karte.grenzen}" fill="none" stroke="#222" stroke-width="1.2"/>`,
    `<path d="${karte.umriss}" fill="none" stroke="#12355b" stroke-width="1.4"/></svg>`,
  ].join('');
}

/** A category's swatch as a standalone SVG document, for legends next to the map images. */
export function kategorieFeldSvg(kategorie: Kategorie): string {
  const { defs, fuellung } = fuellungSvg(STIL[kategorie], 'feld');
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="16" height="16">' +
    `${defs}<rect x="0.5" y="0.5" width="15" height="15" fill="${fuellung}" stroke="#444"/></svg>`
  );
}

/** Where a map or swatch is published, below the site's base path. */
export const teilkartenPfad = (schluessel: string, merkmal: Merkmal) => `karten/${schluessel}-${merkmal}.svg`;
export const kategorieFeldPfad = (kategorie: Kategorie) => `karten/kategorie-${kategorie}.svg`;

const maskiert = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
