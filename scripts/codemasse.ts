// npm run messen:code [-- --grenze 60]: lists the functions in src/ over the limit, longest first, and
// counts `as` casts and non-null assertions. Reports only; the limit is asserted in tests/unit/codemasse.test.ts.
import { parseArgs } from 'node:util';
import { ladeQuelltexte } from '../src/lib/laden/quelltext.ts';
import { langeFunktionen, miss } from '../src/lib/messen/codemasse.ts';

const { values } = parseArgs({ options: { grenze: { type: 'string', default: '60' } } });
const grenze = Number(values.grenze);
const masse = ladeQuelltexte('src').map(({ datei, text }) => miss(`src/${datei}`, text));
const lang = langeFunktionen(masse, grenze);
for (const f of lang) console.log(`${f.datei}:${f.zeile}: ${f.name} – ${f.zeilen} Zeilen`);
const summe = (f: (m: (typeof masse)[number]) => number) => masse.reduce((a, m) => a + f(m), 0);
const laengste = langeFunktionen(masse, 0)[0];
console.log(
  `${lang.length} Funktion(en) über ${grenze} Zeilen; ${summe((m) => m.casts)} as-Casts, ` +
    `${summe((m) => m.nichtNull)} Non-Null-Assertions; längste: ${laengste?.name} (${laengste?.datei}, ` +
    `${laengste?.zeilen} Zeilen)`,
);
