import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DatenFehler, type Fehler } from '../csv/fehler.ts';
import { registerAus, type Gebiet, type Register } from '../gebiete/register.ts';
import { pruefeBezuege, pruefeTabelle, type GepruefteZeile } from '../schema/pruefen.ts';
import { gebietsaenderungen, TABELLEN } from '../schema/index.ts';
import type { Tabelle } from '../schema/tabelle.ts';
import { ladeGeodaten, type GeladeneGeodaten } from './geo.ts';
import { heute } from './heute.ts';
import { datenAusUmgebung } from './pfade.ts';
import { merkeZwischenspeicher } from './zwischenspeicher.ts';

/** Everything the site is built from: validated tables, the register and the geometry. */
export interface Datenbestand {
  gebiete: Gebiet[];
  register: Register;
  geo: GeladeneGeodaten;
  /** The validated rows of one table, typed by its schema: `bestand.zeilen(strukturen)`. */
  zeilen<S extends z.ZodObject>(tabelle: Tabelle<S>): GepruefteZeile<z.output<S>>[];
}

/** Every problem in every table, for `npm run check`; empty when all data is valid. */
export function pruefeAlles(
  daten: string,
  opts: { heute?: string | undefined } = {},
): {
  fehler: Fehler[];
  zeilen: Record<string, number>;
} {
  let geo: GeladeneGeodaten;
  try {
    geo = ladeGeodaten({ daten });
  } catch (e) {
    if (e instanceof DatenFehler) return { fehler: e.fehler, zeilen: {} };
    throw e;
  }
  const { fehler, tabellen } = pruefeTabellen(geo, daten, opts.heute ?? heute());
  return { fehler, zeilen: Object.fromEntries(TABELLEN.map((t) => [t.datei, tabellen.get(t.name)!.length])) };
}

/** Validates every table; the change list was already validated by the geo loader and is taken from there. */
function pruefeTabellen(geo: GeladeneGeodaten, verzeichnis: string, tag: string) {
  const register = registerAus(geo.gebiete);
  const fehler: Fehler[] = [];
  const tabellen = new Map<string, GepruefteZeile<unknown>[]>([[gebietsaenderungen.name, geo.aenderungen]]);
  for (const t of TABELLEN) {
    if (tabellen.has(t.name)) continue;
    const r = pruefeTabelle(t, fs.readFileSync(path.join(verzeichnis, t.datei)), { register, heute: tag });
    // A loop, not push(...): a large table can have more problems than a call takes arguments.
    for (const f of r.fehler) fehler.push(f);
    tabellen.set(t.name, r.zeilen);
  }
  // Across tables only when each passed on its own; otherwise every reference would fail again.
  if (fehler.length === 0) {
    const kontext = {
      register,
      zeilen: <S extends z.ZodObject>(t: Tabelle<S>) => tabellen.get(t.name) as GepruefteZeile<z.output<S>>[],
    };
    for (const t of TABELLEN) for (const f of pruefeBezuege(t, kontext.zeilen(t), kontext)) fehler.push(f);
  }
  return { fehler, tabellen };
}

const bestaende = new Map<string, Datenbestand>();
merkeZwischenspeicher(() => bestaende.clear());

/**
 * Loads and validates the tables in `daten` once per process and directory; throws DatenFehler (with every
 * problem) if anything is wrong. Pages use the default, the directory of the build.
 */
export function ladeDatenbestand(daten: string = datenAusUmgebung()): Datenbestand {
  const gemerkt = bestaende.get(daten);
  if (gemerkt) return gemerkt;
  const geo = ladeGeodaten({ daten });
  const { fehler, tabellen } = pruefeTabellen(geo, daten, heute());
  if (fehler.length > 0) throw new DatenFehler(fehler);
  const bestand: Datenbestand = {
    gebiete: geo.gebiete,
    register: registerAus(geo.gebiete),
    geo,
    zeilen: <S extends z.ZodObject>(t: Tabelle<S>) => {
      const zeilen = tabellen.get(t.name);
      if (!zeilen) throw new Error(`Tabelle ${t.name} ist nicht in TABELLEN eingetragen`);
      return zeilen as GepruefteZeile<z.output<S>>[];
    },
  };
  bestaende.set(daten, bestand);
  return bestand;
}
