import type { APIRoute, GetStaticPaths } from 'astro';
import { ladeDatenbestand, type Datenbestand } from '../../lib/laden/datenbestand.ts';
import { TABELLEN } from '../../lib/schema/index.ts';

const FELD: Record<(typeof TABELLEN)[number]['name'], keyof Datenbestand> = {
  strukturen: 'strukturen',
  'fonds-haushalt': 'fondsHaushalt',
  'fonds-bewilligungen': 'fondsBewilligungen',
  einwohner: 'einwohner',
  gebietsaenderungen: 'gebietsaenderungen',
};

export const getStaticPaths = (() => TABELLEN.map((t) => ({ params: { tabelle: t.name } }))) satisfies GetStaticPaths;

/** Each table as validated JSON; `zeile` is the line in the CSV, so every value can be traced back. */
export const GET: APIRoute = ({ params }) => {
  const tabelle = TABELLEN.find((t) => t.name === params.tabelle)!;
  const feld = FELD[tabelle.name];
  if (!feld) throw new Error(`Tabelle ${tabelle.name} fehlt in FELD`);
  const zeilen = ladeDatenbestand()[feld] as { zeile: number; daten: object }[];
  return Response.json({ tabelle: tabelle.name, titel: tabelle.titel, quelle: `data/${tabelle.datei}`, zeilen: zeilen.map((z) => ({ zeile: z.zeile, ...z.daten })) });
};
