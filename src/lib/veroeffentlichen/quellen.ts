import type { z } from 'zod';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import { feldRegister } from '../schema/felder.ts';
import type { Tabelle } from '../schema/tabelle.ts';
import { vergleicheStand } from '../strukturen/stand.ts';

/** A source as the tables name it: its address and its title. */
export interface Quellenangabe {
  url: string;
  titel: string;
}

/** One source with every table that uses it, how often, and for which dates. */
export interface Quelleneintrag extends Quellenangabe {
  verwendungen: { tabelle: Tabelle; zeilen: number; daten: string[] }[];
}

/** The column that dates a row: the source's Stand, a population figure's Stichtag, a change's Datum. */
const DATUMSSPALTEN = ['stand', 'stichtag', 'datum'];

/**
 * The sources of one table: every field registered as a web address (format uri) with its title
 * column (`quelle_url` → `quelle_titel`), counted per row, with the dates of those rows.
 */
export function quellenDerTabelle(
  tabelle: Tabelle,
  zeilen: readonly GepruefteZeile<Record<string, unknown>>[],
): Quelleneintrag[] {
  const shape = tabelle.schema.shape as Record<string, z.ZodType>;
  const urlSpalten = Object.keys(shape).filter((s) => feldRegister.get(shape[s]!)?.format === 'uri');
  const datumSpalte = DATUMSSPALTEN.find((s) => s in shape);
  const nachUrl = new Map<string, { titel: string; zeilen: number; daten: Set<string> }>();
  for (const { daten } of zeilen) {
    for (const spalte of urlSpalten) {
      const url = daten[spalte];
      if (typeof url !== 'string') continue;
      const titel = daten[spalte.replace(/_url$/, '_titel')];
      const eintrag = nachUrl.get(url) ?? {
        titel: typeof titel === 'string' ? titel : url,
        zeilen: 0,
        daten: new Set<string>(),
      };
      eintrag.zeilen++;
      const datum = datumSpalte ? daten[datumSpalte] : undefined;
      if (typeof datum === 'string') eintrag.daten.add(datum);
      nachUrl.set(url, eintrag);
    }
  }
  return [...nachUrl].map(([url, e]) => ({
    url,
    titel: e.titel,
    verwendungen: [{ tabelle, zeilen: e.zeilen, daten: [...e.daten].sort(vergleicheStand) }],
  }));
}

/** All sources of all tables, one entry per address, sorted by title. */
export function quellenverzeichnis(
  tabellen: readonly { tabelle: Tabelle; zeilen: readonly GepruefteZeile<Record<string, unknown>>[] }[],
): Quelleneintrag[] {
  const nachUrl = new Map<string, Quelleneintrag>();
  for (const { tabelle, zeilen } of tabellen) {
    for (const q of quellenDerTabelle(tabelle, zeilen)) {
      const vorhanden = nachUrl.get(q.url);
      if (vorhanden) vorhanden.verwendungen.push(...q.verwendungen);
      else nachUrl.set(q.url, q);
    }
  }
  return [...nachUrl.values()].sort((a, b) => a.titel.localeCompare(b.titel, 'de') || a.url.localeCompare(b.url));
}
