import fs from 'node:fs';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { verklebteWoerter } from '../../src/lib/messen/verklebt.ts';
import { alleSeiten } from './browser.ts';

// Every built page, read as a file: a sentence broken before a link in the source must keep its space.
it('no page glues a word to a link or other inline element', () => {
  const dist = inject('dist');
  const funde = new Map<string, string[]>();
  for (const seite of alleSeiten(dist)) {
    const datei = path.join(dist, seite.endsWith('/') ? `${seite}index.html` : seite);
    const stellen = verklebteWoerter(fs.readFileSync(datei, 'utf8'));
    for (const stelle of stellen) funde.set(stelle, [...(funde.get(stelle) ?? []), seite]);
  }
  // One line per distinct place with its first page, so a template error is one line, not 1,600.
  expect([...funde].map(([stelle, seiten]) => `${seiten[0]} (+${seiten.length - 1}): ${stelle}`)).toEqual([]);
});
