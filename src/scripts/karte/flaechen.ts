import { type Flaeche, flaechenJeFuellung } from '../../lib/karte/flaechen.ts';
import { flaecheVon, type Karte } from './karte.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Cells per map width in which joined shapes and lines are cut (lib/karte/flaechen.ts says why). */
const ZELLEN_JE_BREITE = 4;

/**
 * Takes over drawing the fills: from the first view on, #karte-flaechen holds the Gemeinde shapes
 * joined by fill, and the Gemeinde shapes above it are only link, tap and focus targets (global.css,
 * data-flaechen). The joined fills are drawn without anti-aliasing (half the raster time); their
 * edges lie under #karte-gemeindegrenzen, one line around every Gemeinde that no view changes.
 * Without JavaScript none of this runs and every Gemeinde keeps the fill it was built with.
 */
export function erstelleFlaechen(karte: Karte): (fuellungen: readonly string[]) => void {
  const schicht = document.getElementById('karte-flaechen');
  const pfade = karte.links.map((a) => flaecheVon(a)?.getAttribute('d') ?? '');
  const zelle = karte.svg.viewBox.baseVal.width / ZELLEN_JE_BREITE;
  const formen = new Map<string, { form: SVGPathElement; d: string }>();
  // Keyed by the fills of a view, which anwenden.ts keeps per view: switching back joins nothing anew.
  const gefuegt = new WeakMap<readonly string[], Map<string, Flaeche>>();
  return (fuellungen) => {
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
    if (karte.svg.dataset.flaechen !== 'ja') uebernimm(karte, pfade, zelle);
  };
}

function neuerPfad(eltern: Element, attribute: Record<string, string>): SVGPathElement {
  const pfad = document.createElementNS(SVG, 'path');
  for (const [name, wert] of Object.entries(attribute)) pfad.setAttribute(name, wert);
  eltern.append(pfad);
  return pfad;
}

/**
 * Draws the line around every Gemeinde, in cells too (one line through the whole Land would be
 * stroked again for every screen tile), and takes the fills off the links: the page's own fills are
 * now drawn below, and left on the links they would only go stale.
 */
function uebernimm(karte: Karte, pfade: readonly string[], zelle: number): void {
  const grenzen = document.getElementById('karte-gemeindegrenzen');
  const linien = flaechenJeFuellung(
    pfade.map(() => 'none'),
    pfade,
    zelle,
  );
  if (grenzen) for (const { d } of linien.values()) neuerPfad(grenzen, { d });
  for (const a of karte.links) flaecheVon(a)?.removeAttribute('fill');
  karte.svg.dataset.flaechen = 'ja';
}
