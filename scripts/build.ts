// npm run build [-- --outDir ZIEL]: check the data, build into a fresh sibling folder of ZIEL (default dist/)
// and swap it in only when Astro succeeded. A failure anywhere (check, a page that throws, a file name the
// disk refuses, a killed build) leaves the previous ZIEL byte for byte as it was: Astro empties its outDir
// first and writes page by page, so building into ZIEL directly left a half-written site behind (issue 12).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { prozessLaeuft } from '../src/lib/laden/prozess.ts';

let ziel = 'dist';
const weitere: string[] = [];
const argumente = process.argv.slice(2);
for (let i = 0; i < argumente.length; i++) {
  const a = argumente[i]!;
  if (a === '--outDir') ziel = argumente[++i] ?? ziel;
  else if (a.startsWith('--outDir=')) ziel = a.slice('--outDir='.length);
  else weitere.push(a);
}
ziel = path.resolve(ziel);
const eltern = path.dirname(ziel);
// A sibling, so the swap is a rename on one file system; hidden and named after the target and this process.
const praefix = `.bau-${path.basename(ziel)}-`;
const neu = path.join(eltern, `${praefix}${process.pid}`);
const alt = path.join(eltern, `${praefix}${process.pid}-alt`);

/** Leftovers of builds that were killed (their process is gone); a running build's folders are left alone. */
function raeumeAuf(): void {
  if (!fs.existsSync(eltern)) return;
  for (const name of fs.readdirSync(eltern)) {
    const pid = Number(/^(\d+)(-alt)?$/.exec(name.slice(praefix.length))?.[1]);
    if (!name.startsWith(praefix) || !pid || prozessLaeuft(pid)) continue;
    // Killed between the two renames of the swap: the moved-aside site is the last good one.
    if (name.endsWith('-alt') && !fs.existsSync(ziel)) fs.renameSync(path.join(eltern, name), ziel);
    else fs.rmSync(path.join(eltern, name), { recursive: true, force: true });
  }
}

function fuehreAus(programm: string, args: string[]): number {
  const { status, signal } = spawnSync(programm, args, { stdio: 'inherit' });
  return status ?? (signal ? 1 : 0);
}

raeumeAuf();
const pruefung = fuehreAus(process.execPath, ['scripts/check.ts']);
if (pruefung !== 0) process.exit(pruefung);

fs.mkdirSync(eltern, { recursive: true });
const bau = fuehreAus(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', neu, ...weitere]);
if (bau !== 0) {
  fs.rmSync(neu, { recursive: true, force: true });
  const anzeige = path.relative('.', ziel).startsWith('..') ? ziel : path.relative('.', ziel);
  console.error(`\nDer Bau ist fehlgeschlagen; ${anzeige}/ blieb unverändert.`);
  process.exit(bau);
}
// Two renames: the old site is moved aside, the new one takes its place, then the old one goes.
if (fs.existsSync(ziel)) fs.renameSync(ziel, alt);
fs.renameSync(neu, ziel);
fs.rmSync(alt, { recursive: true, force: true });
