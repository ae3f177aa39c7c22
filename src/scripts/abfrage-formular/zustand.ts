/** The answer form's elements and the state read from them: which questions apply, what is entered. */
import type { FrageRegel } from '../../lib/musterabfrage/antwort.ts';
import { META_SPALTEN } from '../../lib/musterabfrage/rueckmeldung.ts';
import type { AbfrageEbene, Antworttyp } from '../../lib/musterabfrage/vokabular.ts';
import { UNBEKANNT } from '../../lib/schema/werte.ts';

export const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export interface Formular {
  form: HTMLFormElement;
  auswahl: HTMLSelectElement;
  fragen: Map<string, FrageRegel>;
  feldset: Map<string, HTMLFieldSetElement>;
}

function frageRegel(f: HTMLFieldSetElement): FrageRegel {
  const { frage = '', typ, optionen, ebenen = '' } = f.dataset;
  return {
    id: frage,
    antworttyp: typ as Antworttyp,
    optionen: optionen ? optionen.split('|') : [],
    ebenen: ebenen.split('|') as AbfrageEbene[],
  };
}

export function findeFormular(): Formular | undefined {
  const form = document.getElementById('abfrage-formular');
  if (!(form instanceof HTMLFormElement)) return undefined;
  const felder = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset.frage')];
  return {
    form,
    auswahl: element<HTMLSelectElement>('feld-gebiet'),
    fragen: new Map(felder.map((f) => [f.dataset.frage ?? '', frageRegel(f)])),
    feldset: new Map(felder.map((f) => [f.dataset.frage ?? '', f])),
  };
}

/** Announces a message; emptied first so that a screen reader repeats an unchanged one. */
export function melde(text: string): void {
  const meldung = element<HTMLElement>('meldung');
  meldung.textContent = '';
  window.setTimeout(() => {
    meldung.textContent = text;
  }, 50);
}

export const gewaehlt = (f: Formular) => f.auswahl.selectedOptions[0];
const ebene = (f: Formular) => gewaehlt(f)?.dataset.ebene as AbfrageEbene | undefined;
export const sichtbar = (f: Formular, id: string) => f.feldset.get(id)?.hidden === false;
export const unbekanntBox = (id: string) => document.getElementById(`feld-${id}-unbekannt`) as HTMLInputElement | null;
const textFeld = (id: string) => document.getElementById(`feld-${id}`) as HTMLInputElement | HTMLTextAreaElement | null;
const radio = (f: Formular, name: string) =>
  f.form.querySelector<HTMLInputElement>(`input[type=radio][name="${CSS.escape(name)}"]:checked`)?.value ?? '';

/** Only the questions put to the chosen Gebiet's level; all while none is chosen. */
export function zeigeFragen(f: Formular): void {
  const e = ebene(f);
  for (const [id, feld] of f.feldset) {
    const gilt = e === undefined || f.fragen.get(id)?.ebenen.includes(e) === true;
    feld.hidden = !gilt;
    feld.disabled = !gilt;
  }
  for (const abschnitt of f.form.querySelectorAll<HTMLElement>('section.thema')) {
    abschnitt.hidden = [...abschnitt.querySelectorAll<HTMLFieldSetElement>('fieldset.frage')].every((x) => x.hidden);
  }
}

export function stelleUnbekanntEin(id: string): void {
  const box = unbekanntBox(id);
  const feld = textFeld(id);
  if (box && feld) feld.disabled = box.checked;
}

/** The row as the return file will have it: column name → cell. */
export function werteLesen(f: Formular): Record<string, string> {
  const werte: Record<string, string> = {
    gebiet: f.auswahl.value,
    name: gewaehlt(f)?.dataset.name ?? '',
    stand: element<HTMLInputElement>('feld-stand').value,
    antwortet: radio(f, 'antwortet'),
    quelle_url: element<HTMLInputElement>('feld-quelle_url').value,
    quelle_titel: element<HTMLInputElement>('feld-quelle_titel').value,
  };
  for (const [id, frage] of f.fragen) {
    if (!sichtbar(f, id)) continue;
    if (frage.antworttyp === 'ja-nein' || frage.antworttyp === 'auswahl') werte[id] = radio(f, id);
    else werte[id] = unbekanntBox(id)?.checked ? UNBEKANNT : (textFeld(id)?.value ?? '');
  }
  return werte;
}

/** Every column that can carry a problem, in the order of the form. */
export const alleSpalten = (f: Formular): string[] => [...META_SPALTEN.filter((s) => s !== 'name'), ...f.fragen.keys()];
