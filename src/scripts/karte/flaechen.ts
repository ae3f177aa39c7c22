import { type Flaeche, flaechenJeFuellung } from '../../lib/karte/flaechen.ts';
import { flaecheVon, type Karte } from './karte.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Cells per map width in which joined shapes and lines are cut (lib/karte/flaechen.ts says why). */
const ZELLEN_JE_BREITE = 4;

/** Gemeinde links whose fill is taken off per step of the takeover in idle time. */
const LINKS_JE_SCHRITT = 120;

/**
 * Takes over drawing the fills: #karte-flaechen then holds the Gemeinde shapes joined by fill, and
 * the Gemeinde shapes above it are only link, tap and focus targets. The joined fills are drawn
 * without anti-aliasing (half the raster time); their edges lie under #karte-gemeindegrenzen, one
 * line around every Gemeinde that no view changes.
 *
 * The page is built with the first view's fills on the links, so for that view the takeover waits
 * for idle time and goes in small steps, each invisible: the layer below shows what the links
 * showed. A switch before it is done completes it at once. Without JavaScript none of this runs.
 */
export function erstelleFlaechen(karte: Karte): (fuellungen: readonly string[]) => void {
  const schicht = document.getElementById('karte-flaechen');
  const pfade = karte.links.map((a) => flaecheVon(a)?.getAttribute('d') ?? '');
  const gebaut = karte.links.map((a) => flaecheVon(a)?.getAttribute('fill') ?? '');
  const zelle = karte.svg.viewBox.baseVal.width / ZELLEN_JE_BREITE;
  const zeichne = zeichner(schicht, pfade, zelle);
  let offen = 0; // links from this index on still carry their built fill
  let geplant = false;
  let vorbereitet = false;
  let aktuell: readonly string[] = [];
  const bereite = () => {
    zeichneGrenzen(pfade, zelle);
    zeichne(aktuell);
    vorbereitet = true;
  };
  const uebernimmBis = (bis: number) => {
    for (; offen < Math.min(bis, karte.links.length); offen++) loese(karte.links[offen]);
    if (offen === karte.links.length) karte.svg.dataset.flaechen = 'ja';
  };
  return (fuellungen) => {
    if (!schicht) return;
    aktuell = fuellungen;
    if (!geplant && fuellungen.every((f, i) => f === gebaut[i])) {
      geplant = true;
      schrittweise(() => {
        if (!vorbereitet) bereite();
        else uebernimmBis(offen + LINKS_JE_SCHRITT);
        return offen < karte.links.length;
      });
      return;
    }
    bereite();
    uebernimmBis(karte.links.length);
  };
}

/** Keeps #karte-flaechen at the given fills, rewriting only the joined shapes that change. */
function zeichner(schicht: HTMLElement | null, pfade: readonly string[], zelle: number) {
  const formen = new Map<string, { form: SVGPathElement; d: string }>();
  // Keyed by the fills of a view, which anwenden.ts keeps per view: switching back joins nothing anew.
  const gefuegt = new WeakMap<readonly string[], Map<string, Flaeche>>();
  return (fuellungen: readonly string[]) => {
    if (!schicht) return;
    const neu = gefuegt.get(fuellungen) ?? flaechenJeFuellung(fuellungen, pfade, zelle);
    gefuegt.set(fuellungen, neu);
    for (const [schluessel, alt] of formen)
      if (!neu.has(schluessel)) {
        alt.form.remove();
        formen.delete(schluessel);
      }
    for (const [schluessel, flaeche] of neu) {
      const alt = formen.get(schluessel) ?? { form: neuerPfad(schicht, { fill: flaeche.fuellung }), d: '' };
      if (alt.d !== flaeche.d) alt.form.setAttribute('d', flaeche.d);
      formen.set(schluessel, { form: alt.form, d: flaeche.d });
    }
  };
}

function neuerPfad(eltern: Element, attribute: Record<string, string>): SVGPathElement {
  const pfad = document.createElementNS(SVG, 'path');
  for (const [name, wert] of Object.entries(attribute)) pfad.setAttribute(name, wert);
  eltern.append(pfad);
  return pfad;
}

/** The line around every Gemeinde, in cells too: one line through the Land would be stroked anew per screen tile. */
function zeichneGrenzen(pfade: readonly string[], zelle: number): void {
  const grenzen = document.getElementById('karte-gemeindegrenzen');
  if (!grenzen || grenzen.firstElementChild) return;
  const linien = flaechenJeFuellung(
    pfade.map(() => 'none'),
    pfade,
    zelle,
  );
  for (const { d } of linien.values()) neuerPfad(grenzen, { d });
}

/** A link whose fill and line are now drawn below: unpainted (its group is fill="none"), still a target. */
function loese(a: SVGAElement | undefined): void {
  const form = a && flaecheVon(a);
  form?.removeAttribute('fill');
  form?.setAttribute('stroke', 'none');
}

/** Runs a step in idle time (or soon, where the browser has none) again and again while it asks for more. */
function schrittweise(schritt: () => boolean): void {
  const weiter = () => {
    if (schritt()) spaeter(weiter);
  };
  spaeter(weiter);
}

function spaeter(f: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(f, { timeout: 1000 });
  else setTimeout(f, 50);
}
