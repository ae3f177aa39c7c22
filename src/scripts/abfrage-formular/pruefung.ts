/** Checking the form with the import's rules, and showing each problem at its field and in a list on top. */
import { type GebietSuche, type Problem, pruefeRueckmeldungsZeile } from '../../lib/musterabfrage/rueckmeldung.ts';
import type { AbfrageEbene } from '../../lib/musterabfrage/vokabular.ts';
import { tagInBerlin } from '../../lib/schema/werte.ts';
import { alleSpalten, element, type Formular, sichtbar, werteLesen } from './zustand.ts';

const gebietSuche =
  (f: Formular): GebietSuche =>
  (schluessel) => {
    const o = [...f.auswahl.options].find((x) => x.value === schluessel && x.dataset.ebene);
    if (!o) return { ok: false, meldung: 'Gebiet nicht in der Liste', erwartet: 'ein Gebiet aus der Liste' };
    return { ok: true, wert: { schluessel, name: o.dataset.name ?? o.text, ebene: o.dataset.ebene as AbfrageEbene } };
  };

export const pruefe = (f: Formular) =>
  pruefeRueckmeldungsZeile(werteLesen(f), {
    fragen: new Map([...f.fragen].filter(([id]) => sichtbar(f, id))),
    gebiet: gebietSuche(f),
    heute: tagInBerlin(new Date()),
    quellePflicht: false,
  });

/** The element a problem belongs to and the one to focus. */
const ziel = (f: Formular, spalte: string): HTMLElement | null =>
  spalte === 'antwortet'
    ? document.getElementById('feld-antwortet-Verwaltung')
    : (document.getElementById(`feld-${spalte}`) ??
      f.form.querySelector<HTMLElement>(`input[name="${CSS.escape(spalte)}"]`));

export function setzeFehler(spalte: string, problem: Problem | undefined): void {
  const text = document.getElementById(`fehler-${spalte}`);
  const feld = spalte === 'antwortet' ? null : document.getElementById(`feld-${spalte}`);
  if (text) {
    text.hidden = !problem;
    text.textContent = problem
      ? `Fehler: ${problem.meldung}${problem.erwartet ? `. Erwartet: ${problem.erwartet}.` : '.'}`
      : '';
  }
  if (!feld) return;
  if (problem) feld.setAttribute('aria-invalid', 'true');
  else feld.removeAttribute('aria-invalid');
}

export function loescheFehler(f: Formular): void {
  for (const s of alleSpalten(f)) setzeFehler(s, undefined);
}

/** Checks after each change, but shows only the problem of the field just left. */
export function pruefeFeld(f: Formular, spalte: string): void {
  const r = pruefe(f);
  setzeFehler(spalte, r.leer ? undefined : r.probleme.find((p) => p.spalte === spalte));
}

export function zeigeListe(f: Formular, probleme: { spalte: string; text: string }[]): void {
  const fehlerListe = element<HTMLElement>('fehler-liste');
  const eintraege = probleme.map((p) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    const z = ziel(f, p.spalte);
    a.href = `#${z?.id ?? ''}`;
    a.textContent = p.text;
    a.addEventListener('click', (e) => {
      e.preventDefault();
      z?.focus();
    });
    li.append(a);
    return li;
  });
  fehlerListe.querySelector('ul')?.replaceChildren(...eintraege);
  fehlerListe.hidden = probleme.length === 0;
}

const META_BEZEICHNUNG: Readonly<Record<string, string>> = {
  gebiet: 'Gebiet',
  stand: 'Stand',
  antwortet: 'Es antwortet',
  quelle_url: 'Wo ist die Antwort veröffentlicht?',
  quelle_titel: 'Wer hat wie geantwortet?',
};

export function bezeichnung(f: Formular, spalte: string): string {
  const legende = f.feldset.get(spalte)?.querySelector('legend')?.textContent;
  if (legende) return legende.trim();
  return Object.hasOwn(META_BEZEICHNUNG, spalte) ? (META_BEZEICHNUNG[spalte] ?? spalte) : spalte;
}
