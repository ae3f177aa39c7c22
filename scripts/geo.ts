// npm run geo [-- --gemeinden F --verwaltungsgemeinschaften F --kreise F [--laender F]
//                  --gebietsstand JJJJ-MM-TT --jahr JJJJ | --paket]
// Builds the TopoJSON and the Gebiet register into .cache/geo/. Without options from the npm
// package (VG250, 01.01.2016); with options from a newer VG250 GeoJSON export in WGS84.
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { formatiereFehler, DatenFehler } from '../src/lib/csv/fehler.ts';
import { ladeGeodaten, vergissQuelle, type Vg250Quelle } from '../src/lib/laden/geo.ts';

const { values } = parseArgs({
  options: {
    gemeinden: { type: 'string' },
    verwaltungsgemeinschaften: { type: 'string' },
    kreise: { type: 'string' },
    laender: { type: 'string' },
    gebietsstand: { type: 'string' },
    jahr: { type: 'string' },
    paket: { type: 'boolean' },
    neu: { type: 'boolean' },
  },
});

let quelle: Vg250Quelle | undefined;
if (values.paket) vergissQuelle();
if (values.gemeinden) {
  const { gemeinden, verwaltungsgemeinschaften, kreise, gebietsstand } = values;
  if (!verwaltungsgemeinschaften || !kreise || !gebietsstand || !/^\d{4}-\d{2}-\d{2}$/.test(gebietsstand)) {
    console.error('Mit --gemeinden auch --verwaltungsgemeinschaften, --kreise und --gebietsstand JJJJ-MM-TT angeben.');
    process.exit(2);
  }
  const jahr = values.jahr ?? gebietsstand.slice(0, 4);
  quelle = {
    gemeinden,
    verwaltungsgemeinschaften,
    kreise,
    laender: values.laender,
    gebietsstand,
    namensnennung: `© GeoBasis-DE / BKG ${jahr} (Daten verändert)`,
  };
}

const start = performance.now();
try {
  const geo = ladeGeodaten({ quelle, erzwingen: values.neu });
  const json = JSON.stringify(geo.topologie);
  const anzahl = (e: string) => geo.gebiete.filter((g) => g.ebene === e).length;
  console.log(
    `${geo.neuGebaut ? 'Gebaut' : 'Aus dem Cache'} in ${Math.round(performance.now() - start)} ms: ` +
      `${anzahl('gemeinde')} Gemeinden, ${anzahl('amt')} Amtsebene, ${anzahl('kreis')} Kreise; ` +
      `TopoJSON ${(json.length / 1024).toFixed(0)} KB, ` +
      `gzip ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(0)} KB ` +
      `(Gebietsstand ${geo.quelle.gebietsstand}, ${geo.aenderungen.length} Änderungen)`,
  );
} catch (e) {
  if (e instanceof DatenFehler) {
    for (const f of e.fehler) console.error(formatiereFehler(f));
    process.exit(1);
  }
  throw e;
}
