import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { gebietsprofil, grundlagenAus, unterzeile } from '../gebiete/profil.ts';
import { leitetWeiter, seitenPfad } from '../gebiete/adressen.ts';
import { lagekarte } from '../karte/lage.ts';
import { istIndexierbar, istSeite } from '../veroeffentlichen/sitemap.ts';
import { gebietsbild, seitenbild, vorschaubildPfad } from '../veroeffentlichen/vorschaubild.ts';
import { ladeDatenbestand } from './datenbestand.ts';
import { CACHE, WURZEL } from './pfade.ts';
import { SCHRIFTEN, teilschriften } from './schriften.ts';

/**
 * Writes the share card of every indexable page to dist/vorschau/ (see vorschaubild.ts). Gebiet
 * cards start rendering when the build starts, in worker threads beside Astro's own work; a
 * card whose SVG is unchanged comes from .cache/vorschau/ (key: hash of SVG and renderer).
 */
const ZWISCHENSPEICHER = path.join(CACHE, 'vorschau');
const RENDERER = '@resvg/resvg-js@2.6.2 NotoSans@0.4.2';

class Rasterer {
  private arbeiter: Worker[] = [];
  private offen = new Map<number, { ok: (png: Uint8Array) => void; fehler: (e: Error) => void }>();
  private naechste = 0;

  constructor(anzahl: number, teil: string[]) {
    const datei = path.join(WURZEL, 'src', 'lib', 'laden', 'vorschau-arbeiter.ts');
    for (let i = 0; i < anzahl; i++) {
      const w = new Worker(datei, { workerData: { teil, voll: SCHRIFTEN } });
      w.on('message', ({ id, png, fehler }: { id: number; png?: Uint8Array; fehler?: string }) => {
        const wartend = this.offen.get(id);
        this.offen.delete(id);
        if (png) wartend?.ok(png);
        else wartend?.fehler(new Error(fehler));
      });
      this.arbeiter.push(w);
    }
  }

  png(svg: string): Promise<Uint8Array> {
    const id = this.naechste++;
    return new Promise((ok, fehler) => {
      this.offen.set(id, { ok, fehler });
      this.arbeiter[id % this.arbeiter.length]!.postMessage({ id, svg });
    });
  }

  beenden(): Promise<number[]> {
    return Promise.all(this.arbeiter.map((w) => w.terminate()));
  }
}

/** A card from the cache, or rendered and then cached. */
async function bild(rasterer: Rasterer, svg: string): Promise<{ png: Uint8Array; neu: boolean }> {
  const schluessel = crypto.createHash('sha256').update(RENDERER).update(svg).digest('hex').slice(0, 32);
  const datei = path.join(ZWISCHENSPEICHER, `${schluessel}.png`);
  if (fs.existsSync(datei)) return { png: fs.readFileSync(datei), neu: false };
  const png = await rasterer.png(svg);
  fs.mkdirSync(ZWISCHENSPEICHER, { recursive: true });
  fs.writeFileSync(datei, png);
  return { png, neu: true };
}

/** Every Gebiet page's card, keyed by page path without base ("/gemeinde/13075039/"). */
function gebietsbilder(): Map<string, string> {
  const bestand = ladeDatenbestand();
  const grundlagen = grundlagenAus(bestand);
  const svgs = new Map<string, string>();
  for (const g of bestand.gebiete.filter((x) => !leitetWeiter(x))) {
    const profil = gebietsprofil(grundlagen, g);
    const karte = lagekarte(bestand.geo.topologie, g);
    svgs.set(seitenPfad(g), gebietsbild(profil.gebiet.name, unterzeile(profil), profil.antwort.abzeichen, karte));
  }
  return svgs;
}

const ENTITAETEN: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
function metaInhalt(html: string, eigenschaft: string): string {
  const m = html.match(new RegExp(`<meta property="${eigenschaft}" content="([^"]*)"`));
  return (m?.[1] ?? '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITAETEN[e]!);
}

export function vorschaubilder(): AstroIntegration {
  let rasterer: Rasterer | undefined;
  let gebiete = new Map<string, Promise<{ png: Uint8Array; neu: boolean }>>();
  return {
    name: 'integrationsatlas-vorschaubilder',
    hooks: {
      'astro:build:start': async () => {
        rasterer = new Rasterer(Math.max(1, Math.min(4, os.availableParallelism())), await teilschriften());
        gebiete = new Map([...gebietsbilder()].map(([pfad, svg]) => [pfad, bild(rasterer!, svg)]));
      },
      'astro:build:done': async ({ pages, dir, logger }) => {
        if (!rasterer) return;
        const html = (p: string) => fs.readFileSync(new URL(`${p.replace(/^\/+/, '')}index.html`, dir), 'utf8');
        const auftraege = pages
          .map((p) => `/${p.pathname.replace(/^\/+/, '')}`)
          .filter((p) => istSeite(p) && istIndexierbar(html(p)))
          .map(async (p) => {
            const seite = html(p);
            const titel = metaInhalt(seite, 'og:title').replace(/ – Integrationsatlas MV$/, '');
            const ergebnis = await (gebiete.get(p) ??
              bild(rasterer!, seitenbild(titel, metaInhalt(seite, 'og:description'))));
            const ziel = new URL(vorschaubildPfad(p), dir);
            fs.mkdirSync(new URL('.', ziel), { recursive: true });
            fs.writeFileSync(ziel, ergebnis.png);
            return ergebnis.neu;
          });
        const neu = (await Promise.all(auftraege)).filter(Boolean).length;
        await rasterer.beenden();
        logger.info(`${auftraege.length} Vorschaubilder geschrieben, ${neu} neu gerendert`);
      },
    },
  };
}
