import type { Indikator } from '../../lib/karte/indikatoren.ts';
import { ebenenDativ, ebenenLabel, type KartenEbene } from '../../lib/karte/zustand.ts';
import type { KartenDaten } from '../../lib/karte/kartendaten.ts';
import { setzeText } from './karte.ts';

const fuelle = (wurzel: ParentNode, selektor: string, text: string) => {
  const el = wurzel.querySelector(selektor);
  if (el && el.textContent !== text) el.textContent = text;
};

/**
 * Redraws the legend for a view. Entries are copies of the server-rendered <template>, so both share
 * one markup; they are made anew only when the categories change, otherwise only their texts are
 * written (a switch between two status Merkmale then re-lays out a few numbers, not the list).
 */
export function zeichneLegende(daten: KartenDaten, indikator: Indikator, ebene: KartenEbene): void {
  const vorlage = document.getElementById('legende-vorlage');
  const liste = document.getElementById('legende-liste');
  if (!(vorlage instanceof HTMLTemplateElement) || !liste) return;
  const anzahl = daten.legende[indikator.id]?.[ebene] ?? {};
  const gesamt = Object.values(anzahl).reduce((x, y) => x + y, 0);
  const eintraege = [...liste.children];
  const gleich =
    eintraege.length === indikator.kategorien.length &&
    indikator.kategorien.every((k, i) => (eintraege[i] as HTMLElement | undefined)?.dataset.kategorie === k.wert);
  if (!gleich) liste.replaceChildren(...indikator.kategorien.map((k) => neuerEintrag(vorlage, k.wert)));
  indikator.kategorien.forEach((k, i) => {
    const li = liste.children[i];
    if (!li) return;
    const feld = li.querySelector('[data-feld]');
    if (feld && feld.getAttribute('fill') !== k.fuellung) feld.setAttribute('fill', k.fuellung);
    fuelle(li, '[data-label]', k.label);
    fuelle(li, '[data-anzahl]', String(anzahl[k.wert] ?? 0));
    fuelle(li, '[data-gesamt]', String(gesamt));
    fuelle(li, '[data-einheit]', ebenenDativ(ebene));
    fuelle(li, '[data-erklaerung]', k.erklaerung);
  });
  setzeText('[data-legende-merkmal]', indikator.label);
  setzeText('[data-legende-ebene]', ebenenLabel(ebene));
  setzeText('[data-legende-hinweis]', indikator.hinweis);
}

function neuerEintrag(vorlage: HTMLTemplateElement, kategorie: string): Node {
  const kopie = vorlage.content.cloneNode(true);
  const li = kopie instanceof DocumentFragment ? kopie.firstElementChild : null;
  if (li instanceof HTMLElement) li.dataset.kategorie = kategorie;
  return kopie;
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
