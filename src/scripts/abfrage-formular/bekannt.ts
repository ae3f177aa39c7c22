/**
 * Prefills what is already known about the chosen Gebiet (from the option's data-bekannt, built
 * at build time), and marks each such value "bekannt aus: …", so the Verwaltung confirms or
 * corrects rather than starts from nothing. A value someone entered is never overwritten.
 */
import type { BekannteAntwort } from '../../lib/musterabfrage/bekannt.ts';
import { type Formular, gewaehlt } from './zustand.ts';

function leer(f: Formular, id: string): boolean {
  const el = f.form.elements.namedItem(id);
  if (el instanceof RadioNodeList) return el.value === '';
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value === '' : false;
}

function setze(f: Formular, id: string, wert: string): void {
  const el = f.form.elements.namedItem(id);
  if (el instanceof RadioNodeList) {
    for (const r of el) if (r instanceof HTMLInputElement) r.checked = r.value === wert;
  } else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = wert;
}

/** From the personal link the known values are filled in; on choosing a Gebiet by hand only shown. */
export function fuelleBekanntes(f: Formular, fuellen = true): void {
  for (const p of f.form.querySelectorAll<HTMLElement>('[data-bekannt-hinweis]')) {
    p.hidden = true;
    p.textContent = '';
  }
  let bekannt: Record<string, BekannteAntwort> = {};
  try {
    bekannt = JSON.parse(gewaehlt(f)?.dataset.bekannt ?? '{}');
  } catch {
    return;
  }
  for (const [id, { wert, hinweis }] of Object.entries(bekannt)) {
    const p = document.getElementById(`bekannt-${id}`);
    if (!p) continue;
    if (fuellen && leer(f, id)) setze(f, id, wert);
    p.textContent = `${hinweis}. Bitte bestätigen oder ändern.`;
    p.hidden = false;
  }
}
