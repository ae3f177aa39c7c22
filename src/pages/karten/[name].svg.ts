import type { APIRoute, GetStaticPaths } from 'astro';
import { leitetWeiter } from '../../lib/gebiete/adressen.ts';
import { anzeigeName } from '../../lib/gebiete/namen.ts';
import { gebietsprofil, grundlagenAus, type Teilgebiet } from '../../lib/gebiete/profil.ts';
import type { Gebiet } from '../../lib/gebiete/register.ts';
import {
  hatTeilkarte,
  kategorieFeldPfad,
  kategorieFeldSvg,
  teilkarte,
  teilkartenPfad,
  teilkarteSvg,
} from '../../lib/karte/teilkarte.ts';
import { ladeDatenbestand } from '../../lib/laden/datenbestand.ts';
import { KATEGORIEN, MERKMALE, type Kategorie, type Merkmal } from '../../lib/strukturen/merkmale.ts';
import { label, STRUKTURTYPEN } from '../../lib/schema/vokabular.ts';

/**
 * The maps of the Amt and Kreis pages (one per Merkmal) and the category swatches of their
 * legends, as static SVG files: shown by <img>, they cost the page's HTML nothing.
 */
type Bild = { art: 'karte'; gebiet: Gebiet; merkmal: Merkmal } | { art: 'feld'; kategorie: Kategorie };
const name = (pfad: string) => pfad.replace(/^karten\//, '').replace(/\.svg$/, '');

export const getStaticPaths = (() => {
  const gebiete = ladeDatenbestand().gebiete.filter((g) => hatTeilkarte(g) && !leitetWeiter(g));
  const karten = gebiete.flatMap((gebiet) =>
    MERKMALE.map((merkmal) => ({
      params: { name: name(teilkartenPfad(gebiet.schluessel, merkmal)) },
      props: { art: 'karte', gebiet, merkmal } satisfies Bild,
    })),
  );
  const felder = KATEGORIEN.map(({ wert }) => ({
    params: { name: name(kategorieFeldPfad(wert)) },
    props: { art: 'feld', kategorie: wert } satisfies Bild,
  }));
  return [...karten, ...felder];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const bild = props as Bild;
  const svg = bild.art === 'feld' ? kategorieFeldSvg(bild.kategorie) : karteVon(bild.gebiet, bild.merkmal);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};

/** The page's own derivation, so map and table cannot disagree; once per Gebiet, not once per map. */
const teilgebiete = new Map<string, Teilgebiet[]>();

function karteVon(g: Gebiet, merkmal: Merkmal): string {
  const bestand = ladeDatenbestand();
  const alle = teilgebiete.get(g.schluessel) ?? gebietsprofil(grundlagenAus(bestand), g).teilgebiete;
  teilgebiete.set(g.schluessel, alle);
  const teile = alle.map((t) => ({ schluessel: t.gebiet.schluessel, kategorie: t.merkmale[merkmal] }));
  const titel = `${label(STRUKTURTYPEN, merkmal)} in den Gemeinden im ${anzeigeName(g)}`;
  return teilkarteSvg(teilkarte(bestand.geo.topologie, g, teile), titel);
}
