import type { Indikator } from '../../lib/karte/indikatoren.ts';
import { ebenenDativ, ebenenLabel, type KartenEbene } from '../../lib/karte/zustand.ts';
import type { KartenDaten } from '../../lib/karte/kartendaten.ts';
import { setzeText } from './karte.ts';

const fuelle = (wurzel: ParentNode, selektor: string, text: string) => {
  const el = wurzel.querySelector(selektor);
  if (el) el.textContent = text;
};

/** Redraws the legend for a view from the server-rendered <template>, so both share one markup. */
export function zeichneLegende(daten: KartenDaten, indikator: Indikator, ebene: KartenEbene): void {
  const vorlage = document.getElementById('legende-vorlage');
  const liste = document.getElementById('legende-liste');
  if (!(vorlage instanceof HTMLTemplateElement) || !liste) return;
  const anzahl = daten.legende[indikator.id]?.[ebene] ?? {};
  const gesamt = Object.values(anzahl).reduce((x, y) => x + y, 0);
  liste.replaceChildren(
    ...indikator.kategorien.map((k) => {
      const kopie = vorlage.content.cloneNode(true);
      if (!(kopie instanceof DocumentFragment)) return '';
      const li = kopie.firstElementChild;
      if (li instanceof HTMLElement) li.dataset.kategorie = k.wert;
      kopie.querySelector('[data-feld]')?.setAttribute('fill', k.fuellung);
      fuelle(kopie, '[data-label]', k.label);
      fuelle(kopie, '[data-anzahl]', String(anzahl[k.wert] ?? 0));
      fuelle(kopie, '[data-gesamt]', String(gesamt));
      fuelle(kopie, '[data-einheit]', ebenenDativ(ebene));
      fuelle(kopie, '[data-erklaerung]', k.erklaerung);
      return kopie;
    }),
  );
  setzeText('[data-legende-merkmal]', indikator.label);
  setzeText('[data-legende-ebene]', ebenenLabel(ebene));
  setzeText('[data-legende-hinweis]', indikator.hinweis);
}

/** The headline above the map and, for an indicator without data yet, the same words in the legend. */
export function zeigeSchlagzeile(daten: KartenDaten, merkmal: string, ebene: KartenEbene, basis: string): void {
  const s = daten.schlagzeilen[merkmal]?.[ebene];
  setzeText('[data-schlagzeile]', s?.text ?? '');
  const verweis = document.querySelector<HTMLAnchorElement>('[data-schlagzeile-verweis]');
  if (verweis) {
    verweis.hidden = !s?.verweis;
    verweis.textContent = s?.verweis?.text ?? '';
    verweis.href = basis + (s?.verweis?.pfad ?? '');
  }
  const leer = document.querySelector<HTMLElement>('[data-legende-leer]');
  if (leer) {
    leer.hidden = !s?.leer;
    leer.textContent = s?.leer ? s.text : '';
  }
}
