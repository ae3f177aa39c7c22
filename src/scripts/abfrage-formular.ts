/**
 * The answer form of /musterabfrage/antworten/. The page is rendered at build time; this script
 * only enhances it: it shows the questions for the chosen Gebiet, keeps a draft in localStorage,
 * checks the answers with the very code the import uses (musterabfrage/rueckmeldung.ts) and
 * offers the result as a CSV file. Nothing leaves the browser.
 */
import type { FrageRegel } from '../lib/musterabfrage/antwort.ts';
import {
  pruefeRueckmeldungsZeile,
  rueckmeldungCsv,
  type GebietSuche,
  type Problem,
} from '../lib/musterabfrage/rueckmeldung.ts';
import type { AbfrageEbene, Antworttyp } from '../lib/musterabfrage/vokabular.ts';
import { tagInBerlin, UNBEKANNT } from '../lib/schema/werte.ts';

const SPEICHER = 'integrationsatlas-mv:musterabfrage:entwurf:v1';
const META = ['gebiet', 'stand', 'quelle_url', 'quelle_titel'] as const;

interface Entwurf {
  gespeichert: string;
  werte: Record<string, string>;
  unbekannt: string[];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function starteFormular(): void {
  const formular = document.getElementById('abfrage-formular') as HTMLFormElement | null;
  if (!formular) return;
  const auswahl = $<HTMLSelectElement>('feld-gebiet');
  const meldung = $<HTMLElement>('meldung');
  const fehlerListe = $<HTMLElement>('fehler-liste');
  const ergebnis = $<HTMLElement>('ergebnis');
  const herunterladen = $<HTMLAnchorElement>('herunterladen');
  const felder = [...formular.querySelectorAll<HTMLFieldSetElement>('fieldset.frage')];
  const fragen = new Map<string, FrageRegel>(
    felder.map((f) => [
      f.dataset.frage!,
      {
        id: f.dataset.frage!,
        antworttyp: f.dataset.typ as Antworttyp,
        optionen: f.dataset.optionen ? f.dataset.optionen.split('|') : [],
        ebenen: f.dataset.ebenen!.split('|') as AbfrageEbene[],
      },
    ]),
  );
  const feldset = new Map(felder.map((f) => [f.dataset.frage!, f]));
  const unbekanntBox = (id: string) => document.getElementById(`feld-${id}-unbekannt`) as HTMLInputElement | null;
  const textFeld = (id: string) =>
    document.getElementById(`feld-${id}`) as HTMLInputElement | HTMLTextAreaElement | null;
  const radio = (name: string) =>
    formular.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"]:checked`)?.value ?? '';

  const melde = (text: string) => {
    meldung.textContent = '';
    window.setTimeout(() => (meldung.textContent = text), 50);
  };

  const gewaehlt = () => auswahl.selectedOptions[0];
  const ebene = () => gewaehlt()?.dataset.ebene as AbfrageEbene | undefined;
  const sichtbar = (id: string) => !feldset.get(id)!.hidden;

  /** Only the questions put to the chosen Gebiet's level; all while none is chosen. */
  const zeigeFragen = () => {
    const e = ebene();
    for (const [id, f] of feldset) {
      const gilt = e === undefined || fragen.get(id)!.ebenen.includes(e);
      f.hidden = !gilt;
      f.disabled = !gilt;
    }
    for (const abschnitt of formular.querySelectorAll<HTMLElement>('section.thema')) {
      abschnitt.hidden = [...abschnitt.querySelectorAll<HTMLFieldSetElement>('fieldset.frage')].every((f) => f.hidden);
    }
  };

  const stelleUnbekanntEin = (id: string) => {
    const box = unbekanntBox(id);
    const feld = textFeld(id);
    if (box && feld) feld.disabled = box.checked;
  };

  /** The row as the return file will have it: column name → cell. */
  const werteLesen = (): Record<string, string> => {
    const werte: Record<string, string> = {
      gebiet: auswahl.value,
      name: gewaehlt()?.dataset.name ?? '',
      stand: $<HTMLInputElement>('feld-stand').value,
      antwortet: radio('antwortet'),
      quelle_url: $<HTMLInputElement>('feld-quelle_url').value,
      quelle_titel: $<HTMLInputElement>('feld-quelle_titel').value,
    };
    for (const [id, frage] of fragen) {
      if (!sichtbar(id)) continue;
      if (frage.antworttyp === 'ja-nein' || frage.antworttyp === 'auswahl') werte[id] = radio(id);
      else werte[id] = unbekanntBox(id)?.checked ? UNBEKANNT : (textFeld(id)?.value ?? '');
    }
    return werte;
  };

  const gebietSuche: GebietSuche = (schluessel) => {
    const o = [...auswahl.options].find((x) => x.value === schluessel && x.dataset.ebene);
    if (!o) return { ok: false, meldung: 'Gebiet nicht in der Liste', erwartet: 'ein Gebiet aus der Liste' };
    return { ok: true, wert: { schluessel, name: o.dataset.name ?? o.text, ebene: o.dataset.ebene as AbfrageEbene } };
  };

  const pruefe = () =>
    pruefeRueckmeldungsZeile(werteLesen(), {
      fragen: new Map([...fragen].filter(([id]) => sichtbar(id))),
      gebiet: gebietSuche,
      heute: tagInBerlin(new Date()),
      quellePflicht: false,
    });

  /** The element a problem belongs to and the one to focus. */
  const ziel = (spalte: string): HTMLElement | null =>
    spalte === 'antwortet'
      ? document.getElementById('feld-antwortet-Verwaltung')
      : (document.getElementById(`feld-${spalte}`) ?? formular.querySelector<HTMLElement>(`input[name="${spalte}"]`));

  const setzeFehler = (spalte: string, problem: Problem | undefined) => {
    const text = document.getElementById(`fehler-${spalte}`);
    const feld = spalte === 'antwortet' ? null : document.getElementById(`feld-${spalte}`);
    if (text) {
      text.hidden = !problem;
      text.textContent = problem
        ? `Fehler: ${problem.meldung}${problem.erwartet ? `. Erwartet: ${problem.erwartet}.` : '.'}`
        : '';
    }
    if (feld) {
      if (problem) feld.setAttribute('aria-invalid', 'true');
      else feld.removeAttribute('aria-invalid');
    }
  };

  const alleSpalten = () => [...META, 'antwortet', ...fragen.keys()];

  /** Checks after each change, but shows only the problem of the field just left. */
  const pruefeFeld = (spalte: string) => {
    const r = pruefe();
    setzeFehler(spalte, r.leer ? undefined : r.probleme.find((p) => p.spalte === spalte));
  };

  const zeigeListe = (probleme: { spalte: string; text: string }[]) => {
    const liste = fehlerListe.querySelector('ul')!;
    liste.replaceChildren(
      ...probleme.map((p) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        const z = ziel(p.spalte);
        a.href = `#${z?.id ?? ''}`;
        a.textContent = p.text;
        a.addEventListener('click', (e) => {
          e.preventDefault();
          z?.focus();
        });
        li.append(a);
        return li;
      }),
    );
    fehlerListe.hidden = probleme.length === 0;
  };

  const bezeichnung = (spalte: string) => {
    if (fragen.has(spalte)) return feldset.get(spalte)!.querySelector('legend')!.textContent!.trim();
    return (
      {
        gebiet: 'Gebiet',
        stand: 'Stand',
        antwortet: 'Es antwortet',
        quelle_url: 'Wo ist die Antwort veröffentlicht?',
        quelle_titel: 'Wer hat wie geantwortet?',
      }[spalte] ?? spalte
    );
  };

  // Draft: every change is saved; a reload restores it.
  const speichere = () => {
    const werte: Record<string, string> = {};
    for (const e of formular.elements) {
      if (
        !(e instanceof HTMLInputElement || e instanceof HTMLSelectElement || e instanceof HTMLTextAreaElement) ||
        !e.name
      )
        continue;
      if (e instanceof HTMLInputElement && e.type === 'radio') {
        if (e.checked) werte[e.name] = e.value;
      } else werte[e.name] = e.value;
    }
    const unbekannt = [...formular.querySelectorAll<HTMLInputElement>('input[data-unbekannt]:checked')].map(
      (b) => b.dataset.unbekannt!,
    );
    try {
      localStorage.setItem(
        SPEICHER,
        JSON.stringify({ gespeichert: new Date().toISOString(), werte, unbekannt } satisfies Entwurf),
      );
    } catch {
      // Storage may be switched off; the form still works, only without a draft.
    }
  };

  const ladeEntwurf = (): Entwurf | undefined => {
    try {
      const text = localStorage.getItem(SPEICHER);
      return text ? (JSON.parse(text) as Entwurf) : undefined;
    } catch {
      return undefined;
    }
  };

  const setzeWerte = (e: Entwurf) => {
    for (const [name, wert] of Object.entries(e.werte)) {
      const el = formular.elements.namedItem(name);
      if (el instanceof RadioNodeList) {
        for (const r of el) if (r instanceof HTMLInputElement) r.checked = r.value === wert;
      } else if (
        el instanceof HTMLInputElement ||
        el instanceof HTMLSelectElement ||
        el instanceof HTMLTextAreaElement
      ) {
        el.value = wert;
      }
    }
    for (const id of e.unbekannt) {
      const box = unbekanntBox(id);
      if (box) box.checked = true;
    }
  };

  // Start: show the form, restore a draft or take the Gebiet from the link.
  $<HTMLElement>('ohne-javascript').hidden = true;
  formular.hidden = false;
  const entwurf = ladeEntwurf();
  const ausLink = new URLSearchParams(location.search).get('gebiet');
  if (entwurf) {
    setzeWerte(entwurf);
    const wann = new Date(entwurf.gespeichert).toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
    melde(`Ihr Entwurf vom ${wann} wurde wiederhergestellt. Mit „Eingaben löschen“ beginnen Sie neu.`);
  } else if (ausLink && [...auswahl.options].some((o) => o.value === ausLink)) {
    auswahl.value = ausLink;
  }
  const stand = $<HTMLInputElement>('feld-stand');
  if (!stand.value) stand.value = tagInBerlin(new Date());
  for (const id of fragen.keys()) stelleUnbekanntEin(id);
  zeigeFragen();

  formular.addEventListener('change', (e) => {
    const el = e.target as HTMLInputElement;
    if (e.target === auswahl) zeigeFragen();
    if (el.dataset.unbekannt) stelleUnbekanntEin(el.dataset.unbekannt);
    const spalte = el.dataset.unbekannt ?? (el.name === 'antwortet' ? 'antwortet' : el.name);
    if (spalte && alleSpalten().includes(spalte)) pruefeFeld(spalte);
    ergebnis.hidden = true;
    speichere();
  });
  formular.addEventListener('input', () => speichere());

  formular.addEventListener('submit', (e) => {
    e.preventDefault();
    const r = pruefe();
    for (const s of alleSpalten()) setzeFehler(s, undefined);
    if (r.leer) {
      zeigeListe([
        { spalte: [...fragen.keys()].find(sichtbar) ?? 'gebiet', text: 'Bitte beantworten Sie mindestens eine Frage.' },
      ]);
      fehlerListe.focus();
      melde('Noch keine Frage beantwortet. Es wurde keine Datei erstellt.');
      return;
    }
    if (r.probleme.length > 0 || !r.rueckmeldung) {
      for (const p of r.probleme) setzeFehler(p.spalte, p);
      zeigeListe(r.probleme.map((p) => ({ spalte: p.spalte, text: `${bezeichnung(p.spalte)}: ${p.meldung}` })));
      fehlerListe.focus();
      melde(
        `${r.probleme.length === 1 ? 'Eine Angabe ist' : `${r.probleme.length} Angaben sind`} noch nicht in Ordnung. Die Liste steht über dem Formular.`,
      );
      return;
    }
    zeigeListe([]);
    const m = r.rueckmeldung;
    const werte = werteLesen();
    const spalten = [...fragen.keys()].filter(sichtbar);
    const csv = rueckmeldungCsv(spalten, [{ ...werte, stand: m.stand, antwortet: m.antwortet }]);
    const datei = `musterabfrage-${m.gebiet.schluessel}-${m.stand}.csv`;
    if (herunterladen.href.startsWith('blob:')) URL.revokeObjectURL(herunterladen.href);
    herunterladen.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    herunterladen.download = datei;
    herunterladen.textContent = `CSV-Datei herunterladen (${datei})`;
    $<HTMLElement>('vorschau').textContent = csv.replace(/^\uFEFF/, '');
    $<HTMLElement>('ergebnis-text').textContent =
      `${m.antworten.length} ${m.antworten.length === 1 ? 'Antwort' : 'Antworten'} für ${gewaehlt()?.text ?? m.gebiet.name}, Stand ${m.stand}. Die Datei entsteht auf Ihrem Gerät; gesendet wird nichts.`;
    ergebnis.hidden = false;
    ergebnis.focus();
    melde('Alle Angaben sind in Ordnung. Die CSV-Datei kann heruntergeladen werden.');
  });

  $<HTMLButtonElement>('eingaben-loeschen').addEventListener('click', () => {
    if (!window.confirm('Alle Eingaben und den gespeicherten Entwurf löschen?')) return;
    try {
      localStorage.removeItem(SPEICHER);
    } catch {
      // nothing stored
    }
    formular.reset();
    stand.value = tagInBerlin(new Date());
    for (const s of alleSpalten()) setzeFehler(s, undefined);
    for (const id of fragen.keys()) stelleUnbekanntEin(id);
    zeigeListe([]);
    zeigeFragen();
    ergebnis.hidden = true;
    melde('Alle Eingaben und der Entwurf sind gelöscht.');
  });
}
