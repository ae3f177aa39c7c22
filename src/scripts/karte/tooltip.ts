import { ansageText, gebietsInfo } from '../../lib/karte/info.ts';
import { gemeindeLink, type Karte } from './karte.ts';

/** Tooltip on hover and focus, hidden by Escape (WCAG 1.4.13); focus also speaks it in the live region. */
export function starteTooltip(karte: Karte): void {
  const tooltip = document.getElementById('karte-tooltip');
  const ansage = document.getElementById('karte-ansage');
  const rahmen = karte.svg.parentElement;
  if (!tooltip || !ansage || !rahmen) return;

  const zeige = (a: SVGAElement, punkt?: { x: number; y: number }): string | undefined => {
    const schluessel = a.dataset.schluessel;
    const info = karte.index && schluessel ? gebietsInfo(karte.index, schluessel, karte.zustand) : undefined;
    if (!info) return undefined;
    const titel = document.createElement('strong');
    titel.textContent = info.titel;
    const zeilen = info.zeilen.map((z) => Object.assign(document.createElement('span'), { textContent: z }));
    for (const z of zeilen) z.className = 'block';
    tooltip.replaceChildren(titel, ...zeilen);
    tooltip.hidden = false;
    platziere(a, punkt);
    return ansageText(info);
  };

  const platziere = (a: SVGAElement, punkt?: { x: number; y: number }) => {
    const r = rahmen.getBoundingClientRect();
    const box = a.getBoundingClientRect();
    const px = (punkt?.x ?? box.left + box.width / 2) - r.left;
    const py = (punkt?.y ?? box.top + box.height / 2) - r.top;
    const unten = py + 16 + tooltip.offsetHeight > r.height;
    tooltip.style.left = `${Math.min(Math.max(4, px + 12), r.width - tooltip.offsetWidth - 4)}px`;
    tooltip.style.top = `${unten ? py - tooltip.offsetHeight - 8 : py + 16}px`;
  };

  const verberge = () => {
    tooltip.hidden = true;
  };
  karte.svg.addEventListener('pointermove', (e) => {
    const a = gemeindeLink(e.target);
    if (a) zeige(a, { x: e.clientX, y: e.clientY });
    else verberge();
  });
  karte.svg.addEventListener('pointerleave', verberge);
  karte.svg.addEventListener('focusin', (e) => {
    const a = gemeindeLink(e.target);
    const text = a ? zeige(a) : undefined;
    if (text) ansage.textContent = text;
  });
  karte.svg.addEventListener('focusout', verberge);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') verberge();
  });
}
