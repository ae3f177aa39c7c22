import fs from 'node:fs';
import path from 'node:path';
import { DatenFehler, type Fehler } from '../csv/fehler.ts';
import { registerAus, type Gebiet, type Register } from '../gebiete.ts';
import { pruefeTabelle, type GepruefteZeile } from '../pruefen.ts';
import { einwohner, fondsBewilligungen, fondsHaushalt, strukturen, TABELLEN } from '../schema/index.ts';
import type { Tabelle } from '../schema/tabelle.ts';
import type { EinwohnerZeile } from '../schema/einwohner.ts';
import type { FondsBewilligungZeile, FondsHaushaltZeile } from '../schema/fonds.ts';
import type { GebietsaenderungZeile } from '../schema/gebietsaenderungen.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import { ladeGeodaten, type GeladeneGeodaten } from './geo.ts';
import { heute } from './heute.ts';
import { DATEN } from './pfade.ts';

/** Everything the site is built from: validated tables, the register and the geometry. */
export interface Datenbestand {
  gebiete: Gebiet[];
  register: Register;
  geo: GeladeneGeodaten;
  strukturen: GepruefteZeile<StrukturZeile>[];
  fondsHaushalt: GepruefteZeile<FondsHaushaltZeile>[];
  fondsBewilligungen: GepruefteZeile<FondsBewilligungZeile>[];
  einwohner: GepruefteZeile<EinwohnerZeile>[];
  gebietsaenderungen: GepruefteZeile<GebietsaenderungZeile>[];
}

/** Every problem in every table, for `npm run check`; empty when all data is valid. */
export function pruefeAlles(opts: { verzeichnis?: string | undefined; heute?: string | undefined } = {}): { fehler: Fehler[]; zeilen: Record<string, number> } {
  const verzeichnis = opts.verzeichnis ?? DATEN;
  let geo: GeladeneGeodaten;
  try {
    geo = ladeGeodaten();
  } catch (e) {
    if (e instanceof DatenFehler) return { fehler: e.fehler, zeilen: {} };
    throw e;
  }
  const kontext = { register: registerAus(geo.gebiete), heute: opts.heute ?? heute() };
  const fehler: Fehler[] = [];
  const zeilen: Record<string, number> = {};
  const tabellen: readonly Tabelle[] = TABELLEN;
  for (const t of tabellen) {
    const r = pruefeTabelle(t, fs.readFileSync(path.join(verzeichnis, t.datei)), kontext);
    fehler.push(...r.fehler);
    zeilen[t.datei] = r.zeilen.length;
  }
  return { fehler, zeilen };
}

let bestand: Datenbestand | undefined;

/** Loads and validates all data once per process; throws DatenFehler (with every problem) if anything is wrong. */
export function ladeDatenbestand(): Datenbestand {
  if (bestand) return bestand;
  const geo = ladeGeodaten();
  const register = registerAus(geo.gebiete);
  const kontext = { register, heute: heute() };
  const fehler: Fehler[] = [];
  const lade = <T>(t: Parameters<typeof pruefeTabelle>[0]) => {
    const r = pruefeTabelle(t, fs.readFileSync(path.join(DATEN, t.datei)), kontext);
    fehler.push(...r.fehler);
    return r.zeilen as GepruefteZeile<T>[];
  };
  const geladen = {
    strukturen: lade<StrukturZeile>(strukturen),
    fondsHaushalt: lade<FondsHaushaltZeile>(fondsHaushalt),
    fondsBewilligungen: lade<FondsBewilligungZeile>(fondsBewilligungen),
    einwohner: lade<EinwohnerZeile>(einwohner),
  };
  if (fehler.length > 0) throw new DatenFehler(fehler);
  bestand = { gebiete: geo.gebiete, register, geo, gebietsaenderungen: geo.aenderungen, ...geladen };
  return bestand;
}
