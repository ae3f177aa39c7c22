/** The mailto: path: the same checked answers as a mail to the campaign, with the block the import reads. */
import { mailBlock } from '../../lib/musterabfrage/mailblock.ts';
import type { Rueckmeldung } from '../../lib/musterabfrage/rueckmeldung.ts';
import { META_SPALTEN } from '../../lib/musterabfrage/rueckmeldung.ts';
import { element, type Formular, sichtbar, werteLesen } from './zustand.ts';

export function mailtoFuer(f: Formular, m: Rueckmeldung): string {
  const werte: Record<string, string> = { ...werteLesen(f), stand: m.stand, antwortet: m.antwortet };
  const spalten = [...META_SPALTEN, ...[...f.fragen.keys()].filter((id) => sichtbar(f, id))];
  const betreff = `Musterabfrage ${m.gebiet.name} (${m.gebiet.schluessel})`;
  const text = [
    'Guten Tag,',
    '',
    `hier sind unsere Antworten auf die Musterabfrage für ${m.gebiet.name}.`,
    'Bitte den Block zwischen den Linien nicht verändern.',
    '',
    mailBlock(spalten.map((s) => [s, werte[s] ?? ''] as const)),
    '',
  ].join('\n');
  const an = f.form.dataset.email ?? '';
  return `mailto:${encodeURIComponent(an)}?subject=${encodeURIComponent(betreff)}&body=${encodeURIComponent(text)}`;
}

export function bieteMailAn(f: Formular, m: Rueckmeldung): void {
  element<HTMLAnchorElement>('mail-senden').href = mailtoFuer(f, m);
}
