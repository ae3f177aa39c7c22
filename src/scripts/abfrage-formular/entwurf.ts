/** The draft in localStorage: every change is saved, a reload restores it, a malformed one is discarded. */
import { ENTWURF_SCHLUESSEL, type Entwurf, entwurfText, leseEntwurf } from '../../lib/musterabfrage/entwurf.ts';
import { type Formular, unbekanntBox } from './zustand.ts';

type Feld = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const istFeld = (e: Element): e is Feld =>
  e instanceof HTMLInputElement || e instanceof HTMLSelectElement || e instanceof HTMLTextAreaElement;

export function speichere(f: Formular): void {
  const werte: Record<string, string> = {};
  for (const e of f.form.elements) {
    if (!istFeld(e) || !e.name) continue;
    if (!(e instanceof HTMLInputElement && e.type === 'radio')) werte[e.name] = e.value;
    else if (e.checked) werte[e.name] = e.value;
  }
  const unbekannt = [...f.form.querySelectorAll<HTMLInputElement>('input[data-unbekannt]:checked')].map(
    (b) => b.dataset.unbekannt ?? '',
  );
  try {
    localStorage.setItem(ENTWURF_SCHLUESSEL, entwurfText(werte, unbekannt, new Date()));
  } catch {
    // Storage may be switched off; the form still works, only without a draft.
  }
}

export function loescheEntwurf(): void {
  try {
    localStorage.removeItem(ENTWURF_SCHLUESSEL);
  } catch {
    // nothing stored
  }
}

/** The stored draft; a malformed one is removed at once, so it cannot break the next visit either. */
export function ladeEntwurf(): Entwurf | 'verworfen' | undefined {
  let text: string | null = null;
  try {
    text = localStorage.getItem(ENTWURF_SCHLUESSEL);
  } catch {
    return undefined;
  }
  const gelesen = leseEntwurf(text);
  if (gelesen.art === 'entwurf') return gelesen.entwurf;
  if (gelesen.art === 'verworfen') {
    loescheEntwurf();
    return 'verworfen';
  }
  return undefined;
}

export function setzeWerte(f: Formular, e: Entwurf): void {
  for (const [name, wert] of Object.entries(e.werte)) {
    const el = f.form.elements.namedItem(name);
    if (el instanceof RadioNodeList) {
      for (const r of el) if (r instanceof HTMLInputElement) r.checked = r.value === wert;
    } else if (el instanceof Element && istFeld(el)) {
      el.value = wert;
    }
  }
  for (const id of e.unbekannt) {
    const box = unbekanntBox(id);
    if (box) box.checked = true;
  }
}
