/**
 * The answer form of /musterabfrage/antworten/. The page is rendered at build time; this script
 * only enhances it: it shows the questions for the chosen Gebiet, keeps a draft in localStorage,
 * checks the answers with the very code the import uses (musterabfrage/rueckmeldung.ts) and
 * offers the result as a CSV file. Nothing leaves the browser: the form's method is "dialog",
 * which submits nowhere, and it is shown only once every handler is in place.
 */
import { tagInBerlin } from '../lib/schema/werte.ts';
import { fuelleBekanntes } from './abfrage-formular/bekannt.ts';
import { bieteDateiAn } from './abfrage-formular/download.ts';
import { bieteMailAn } from './abfrage-formular/mail.ts';
import { ladeEntwurf, loescheEntwurf, setzeWerte, speichere } from './abfrage-formular/entwurf.ts';
import {
  bezeichnung,
  loescheFehler,
  pruefe,
  pruefeFeld,
  setzeFehler,
  zeigeListe,
} from './abfrage-formular/pruefung.ts';
import {
  alleSpalten,
  element,
  type Formular,
  findeFormular,
  melde,
  sichtbar,
  stelleUnbekanntEin,
  zeigeFragen,
} from './abfrage-formular/zustand.ts';

/** Restores a draft or takes the Gebiet from the link, and says which happened. */
function beginne(f: Formular): void {
  const gespeichert = ladeEntwurf();
  const ausLink = new URLSearchParams(location.search).get('gebiet');
  // A personal link for another Gebiet starts afresh: the draft belongs to a different letter.
  const entwurf =
    gespeichert && gespeichert !== 'verworfen' && ausLink && gespeichert.werte.gebiet !== ausLink
      ? undefined
      : gespeichert;
  if (entwurf === 'verworfen') {
    melde('Ein gespeicherter Entwurf war nicht lesbar und wurde verworfen. Das Formular beginnt leer.');
  } else if (entwurf) {
    setzeWerte(f, entwurf);
    const wann = new Date(entwurf.gespeichert).toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
    melde(`Ihr Entwurf vom ${wann} wurde wiederhergestellt. Mit „Eingaben löschen“ beginnen Sie neu.`);
  } else if (ausLink && [...f.auswahl.options].some((o) => o.value === ausLink)) {
    f.auswahl.value = ausLink;
    fuelleBekanntes(f);
  }
  const stand = element<HTMLInputElement>('feld-stand');
  if (!stand.value) stand.value = tagInBerlin(new Date());
  for (const id of f.fragen.keys()) stelleUnbekanntEin(id);
  zeigeFragen(f);
}

function beiAenderung(f: Formular, e: Event): void {
  const el = e.target;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) return;
  if (el === f.auswahl) {
    zeigeFragen(f);
    fuelleBekanntes(f, false);
  }
  const unbekannt = el.dataset.unbekannt;
  if (unbekannt) stelleUnbekanntEin(unbekannt);
  const spalte = unbekannt ?? el.name;
  if (spalte && alleSpalten(f).includes(spalte)) pruefeFeld(f, spalte);
  element<HTMLElement>('ergebnis').hidden = true;
  speichere(f);
}

function beimAbschicken(f: Formular): void {
  const fehlerListe = element<HTMLElement>('fehler-liste');
  const r = pruefe(f);
  loescheFehler(f);
  if (r.leer) {
    const erste = [...f.fragen.keys()].find((id) => sichtbar(f, id)) ?? 'gebiet';
    zeigeListe(f, [{ spalte: erste, text: 'Bitte beantworten Sie mindestens eine Frage.' }]);
    fehlerListe.focus();
    melde('Noch keine Frage beantwortet. Es wurde keine Datei erstellt.');
    return;
  }
  if (r.probleme.length > 0 || !r.rueckmeldung) {
    for (const p of r.probleme) setzeFehler(p.spalte, p);
    zeigeListe(
      f,
      r.probleme.map((p) => ({ spalte: p.spalte, text: `${bezeichnung(f, p.spalte)}: ${p.meldung}` })),
    );
    fehlerListe.focus();
    const wieviele = r.probleme.length === 1 ? 'Eine Angabe ist' : `${r.probleme.length} Angaben sind`;
    melde(`${wieviele} noch nicht in Ordnung. Die Liste steht über dem Formular.`);
    return;
  }
  zeigeListe(f, []);
  bieteDateiAn(f, r.rueckmeldung);
  bieteMailAn(f, r.rueckmeldung);
  melde('Alle Angaben sind in Ordnung. Die CSV-Datei kann heruntergeladen werden.');
}

function loescheEingaben(f: Formular): void {
  if (!window.confirm('Alle Eingaben und den gespeicherten Entwurf löschen?')) return;
  loescheEntwurf();
  f.form.reset();
  element<HTMLInputElement>('feld-stand').value = tagInBerlin(new Date());
  loescheFehler(f);
  for (const id of f.fragen.keys()) stelleUnbekanntEin(id);
  zeigeListe(f, []);
  zeigeFragen(f);
  element<HTMLElement>('ergebnis').hidden = true;
  melde('Alle Eingaben und der Entwurf sind gelöscht.');
}

/**
 * Framed by another page: GitHub Pages cannot send frame-ancestors, so the form refuses to show itself there. A
 * foreign page could otherwise lay its own elements over the fields or trick people into answering on its behalf.
 * A link opens the form on its own page; the form keeps data-wartet, so it stays invisible (global.css). (Without
 * JS the form is never shown, and it submits nowhere anyway.)
 */
function eingebettet(): boolean {
  if (window.top === window.self) return false;
  const hinweis = document.createElement('div');
  hinweis.id = 'eingebettet';
  hinweis.className = 'max-w-prose border-2 border-marine p-3 mb-4';
  const text = document.createElement('p');
  text.textContent =
    'Dieses Formular ist in eine andere Seite eingebettet und wird darum nicht angezeigt: So kann keine fremde ' +
    'Seite Ihre Eingaben überdecken oder umlenken. ';
  const link = document.createElement('a');
  link.href = location.href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Formular auf seiner eigenen Seite öffnen';
  text.append(link);
  hinweis.append(text);
  element<HTMLElement>('ohne-javascript').replaceWith(hinweis);
  return true;
}

export function starteFormular(): void {
  if (eingebettet()) return;
  const f = findeFormular();
  if (!f) return;
  // First of all: whatever fails later, a submit never becomes a navigation.
  f.form.addEventListener('submit', (e) => {
    e.preventDefault();
    beimAbschicken(f);
  });
  f.form.addEventListener('change', (e) => beiAenderung(f, e));
  f.form.addEventListener('input', () => speichere(f));
  element<HTMLButtonElement>('eingaben-loeschen').addEventListener('click', () => loescheEingaben(f));
  beginne(f);
  f.form.removeAttribute('data-wartet');
}
