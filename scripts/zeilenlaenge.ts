// npm run lint, second half: no line in source longer than Biome's lineWidth (biome.jsonc), including
// .astro and .css files, which Biome does not format here. Lists each offending line as file:line.
// Files in zeilenlaenge-altlast.json may keep at most their listed number of long lines, until the
// engineers working on them shorten them; every other file has none.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { istQuelltext, pruefeAltlast, zuLangeZeilen } from '../src/lib/messen/zeilenlaenge.ts';

// biome.jsonc allows whole-line comments only in this repository, so dropping those lines is enough.
const biome = JSON.parse(
  fs
    .readFileSync('biome.jsonc', 'utf8')
    .split('\n')
    .filter((zeile) => !zeile.trim().startsWith('//'))
    .join('\n'),
) as { formatter: { lineWidth: number } };
const hoechstens = biome.formatter.lineWidth;
const altlast = JSON.parse(fs.readFileSync('scripts/zeilenlaenge-altlast.json', 'utf8')) as Record<string, number>;
// Tracked and new files alike, as git sees them (ignored files such as dist/ are left out).
const dateien = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((datei) => istQuelltext(datei) && fs.existsSync(datei));
const treffer = new Map(dateien.map((d) => [d, zuLangeZeilen(d, fs.readFileSync(d, 'utf8'), hoechstens)]));
const { fehler, weniger } = pruefeAltlast(treffer, altlast);
for (const f of fehler) console.error(`${f}: länger als ${hoechstens} Zeichen`);
for (const w of weniger) console.log(`Zeilenlänge: ${w} (bitte in scripts/zeilenlaenge-altlast.json senken)`);
if (fehler.length > 0) {
  console.error(`${fehler.length} Zeilen länger als ${hoechstens} Zeichen (biome.jsonc, formatter.lineWidth).`);
  process.exit(1);
}
const rest = Object.values(altlast).reduce((a, b) => a + b, 0);
console.log(`Zeilenlänge: ${dateien.length} Dateien, keine neue Zeile über ${hoechstens} Zeichen (Altlast: ${rest}).`);
