/** The checked answers as a return file, made on the user's device and offered as a download. */
import { type Rueckmeldung, rueckmeldungCsv } from '../../lib/musterabfrage/rueckmeldung.ts';
import { element, type Formular, gewaehlt, sichtbar, werteLesen } from './zustand.ts';

export function bieteDateiAn(f: Formular, m: Rueckmeldung): void {
  const herunterladen = element<HTMLAnchorElement>('herunterladen');
  const spalten = [...f.fragen.keys()].filter((id) => sichtbar(f, id));
  const csv = rueckmeldungCsv(spalten, [{ ...werteLesen(f), stand: m.stand, antwortet: m.antwortet }]);
  const datei = `musterabfrage-${m.gebiet.schluessel}-${m.stand}.csv`;
  if (herunterladen.href.startsWith('blob:')) URL.revokeObjectURL(herunterladen.href);
  herunterladen.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  herunterladen.download = datei;
  herunterladen.textContent = `CSV-Datei herunterladen (${datei})`;
  element<HTMLElement>('vorschau').textContent = csv.replace(/^\uFEFF/, '');
  const anzahl = m.antworten.length === 1 ? '1 Antwort' : `${m.antworten.length} Antworten`;
  element<HTMLElement>('ergebnis-text').textContent =
    `${anzahl} für ${gewaehlt(f)?.text ?? m.gebiet.name}, Stand ${m.stand}. ` +
    'Die Datei entsteht auf Ihrem Gerät; gesendet wird nichts.';
  const ergebnis = element<HTMLElement>('ergebnis');
  ergebnis.hidden = false;
  ergebnis.focus();
}
