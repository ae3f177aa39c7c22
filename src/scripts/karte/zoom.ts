import {
  alsViewBox,
  type Ansicht,
  massstab,
  punktInAnsicht,
  umAnker,
  umfasse,
  zoome,
} from '../../lib/karte/ansicht.ts';
import { flaecheVon, type Karte } from './karte.ts';

export interface Zoom {
  /** Zooms by a factor (< 1 closer) around the middle. */
  um: (faktor: number) => void;
  /** Shows the given Gemeinde shapes with some surroundings. */
  auf: (links: readonly SVGAElement[]) => void;
}

/**
 * Zoom and pan by changing the viewBox. Borders keep their width (vector-effect in CSS); patterns and
 * labels are scaled back by the zoom factor so they keep their size on screen, each label around its dot.
 */
export function starteZoom(karte: Karte): Zoom {
  const { svg } = karte;
  const basis = svg.viewBox.baseVal;
  const ganz: Ansicht = { x: basis.x, y: basis.y, w: basis.width, h: basis.height };
  let ansicht = { ...ganz };
  const muster = [...svg.querySelectorAll('pattern')].map(
    (p) => [p, p.getAttribute('patternTransform') ?? ''] as const,
  );

  const beschriftungen = ortsnamenMitAnker(svg);

  const setze = (v: Ansicht) => {
    ansicht = v;
    svg.setAttribute('viewBox', alsViewBox(v));
    const k = 1 / massstab(v, ganz);
    for (const [p, drehung] of muster) p.setAttribute('patternTransform', `scale(${k}) ${drehung}`);
    for (const [element, anker] of beschriftungen) {
      const transform = umAnker(anker, k);
      if (transform) element.setAttribute('transform', transform);
      else element.removeAttribute('transform');
    }
  };
  const um = (faktor: number, punkt?: { x: number; y: number }) => setze(zoome(ansicht, ganz, faktor, punkt));

  document.getElementById('karte-zoom')?.addEventListener('click', (e) => {
    const knopf = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-zoom]') : null;
    if (!knopf) return;
    if (knopf.dataset.zoom === 'zurueck') setze({ ...ganz });
    else um(knopf.dataset.zoom === 'rein' ? 0.6 : 1 / 0.6);
  });
  svg.addEventListener('keydown', (e) => {
    if (e.key !== '+' && e.key !== '-') return;
    um(e.key === '+' ? 0.7 : 1 / 0.7);
    e.preventDefault();
  });
  svg.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const punkt = punktInAnsicht(ansicht, svg.getBoundingClientRect(), { x: e.clientX, y: e.clientY });
      um(e.deltaY < 0 ? 0.85 : 1 / 0.85, punkt);
    },
    { passive: false },
  );
  starteVerschieben(svg, () => ansicht, ganz, setze);
  return {
    um,
    auf: (links) => {
      const boxen = links.flatMap((a) => flaecheVon(a)?.getBBox() ?? []);
      const ziel = umfasse(boxen, ganz);
      if (ziel) setze(ziel);
    },
  };
}

/** Dragging pans a zoomed map; a drag is not a click on the Gemeinde under it. */
function starteVerschieben(svg: SVGSVGElement, ansicht: () => Ansicht, ganz: Ansicht, setze: (v: Ansicht) => void) {
  let ziehen: { x: number; y: number; v: Ansicht; bewegt: boolean } | undefined;
  svg.addEventListener('pointerdown', (e) => {
    if (ansicht().w >= ganz.w) return;
    ziehen = { x: e.clientX, y: e.clientY, v: { ...ansicht() }, bewegt: false };
  });
  svg.addEventListener('pointermove', (e) => {
    if (!ziehen) return;
    const proPixel = ansicht().w / svg.getBoundingClientRect().width;
    const dx = (e.clientX - ziehen.x) * proPixel;
    const dy = (e.clientY - ziehen.y) * proPixel;
    if (Math.abs(dx) + Math.abs(dy) > 3 * proPixel) ziehen.bewegt = true;
    if (ziehen.bewegt) setze({ ...ziehen.v, x: ziehen.v.x - dx, y: ziehen.v.y - dy });
  });
  svg.addEventListener('click', (e) => {
    if (ziehen?.bewegt) e.preventDefault();
    ziehen = undefined;
  });
  window.addEventListener('pointerup', () =>
    setTimeout(() => {
      ziehen = undefined;
    }, 0),
  );
}

/** Each town label (dot and name) with its dot as anchor, and each Land name with its own position. */
function ortsnamenMitAnker(svg: SVGSVGElement): (readonly [SVGElement, { x: number; y: number }])[] {
  const zahl = (element: Element | null, attribut: string) => Number(element?.getAttribute(attribut) ?? 0);
  const orte = [...svg.querySelectorAll<SVGGElement>('.ortsnamen [data-ort]')].map((g) => {
    const punkt = g.querySelector('circle');
    return [g, { x: zahl(punkt, 'cx'), y: zahl(punkt, 'cy') }] as const;
  });
  const laender = [...svg.querySelectorAll<SVGTextElement>('.ortsnamen .landesname')].map(
    (t) => [t, { x: zahl(t, 'x'), y: zahl(t, 'y') }] as const,
  );
  return [...orte, ...laender];
}
