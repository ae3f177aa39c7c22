import { z } from 'zod';
import { abfrageEbene, giltFuer, giltNichtFuer, pruefeAntwort, type FrageRegel } from '../musterabfrage/antwort.ts';
import { META_SPALTEN } from '../musterabfrage/rueckmeldung.ts';
import {
  ABFRAGE_EBENEN,
  ANFRAGEARTEN,
  ANTWORTENDE,
  ANTWORTTYPEN,
  FASSUNGEN,
  FRAGETHEMEN,
} from '../musterabfrage/vokabular.ts';
import { werte } from './vokabular.ts';
import { datum, feld, gebiet, optionalerTag, pflichtText, text, url, vokabular } from './felder.ts';
import { tabelle, type BezugsVerstoss } from './tabelle.ts';
import { fehlt, pruefeVokabular, UNBEKANNT } from './werte.ts';

const KENNUNG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KENNUNG_ERWARTET = 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. beirat-seit';

/** A question id: short, lower case, with hyphens; it is a column name of the return file. */
function kennung(beschreibung: string) {
  return feld<string>({ beschreibung, typ: 'string', pflicht: true, muster: KENNUNG.source }, (roh) => {
    const wert = roh.trim();
    if (wert === '') return fehlt(KENNUNG_ERWARTET);
    return KENNUNG.test(wert) ? { ok: true, wert } : { ok: false, meldung: 'ungültige id', erwartet: KENNUNG_ERWARTET };
  });
}

/**
 * Several values separated by "|", e.g. kreis|gemeinde; each from the vocabulary, or free when
 * none is given. The published Table Schema gets a pattern, not an enum: a cell holds a list.
 */
function liste<const W extends readonly string[]>(beschreibung: string, opts: { werte?: W; pflicht: boolean }) {
  const erwartet = opts.werte
    ? `Werte aus ${opts.werte.join(', ')}, getrennt durch |`
    : 'Werte getrennt durch |, z. B. gewählt|berufen';
  const wert = opts.werte ? `(${opts.werte.join('|')})` : '[^|]+';
  const meta = {
    beschreibung: opts.werte ? `${beschreibung}. Werte: ${opts.werte.join(', ')}` : beschreibung,
    typ: 'string' as const,
    pflicht: opts.pflicht,
    muster: `^${wert}(\\|${wert})*$`,
  };
  return feld<W[number][]>(meta, (roh) => {
    const wert = roh.trim();
    if (wert === '') return opts.pflicht ? fehlt(erwartet) : { ok: true, wert: [] };
    const teile = wert.split('|').map((t) => t.trim());
    if (teile.some((t) => t === '')) return { ok: false, meldung: 'leerer Wert in der Liste', erwartet };
    if (new Set(teile).size !== teile.length) return { ok: false, meldung: 'Wert doppelt in der Liste', erwartet };
    if (!opts.werte) return { ok: true, wert: teile };
    for (const t of teile) {
      const r = pruefeVokabular(t, opts.werte);
      if (!r.ok) return { ...r, erwartet };
    }
    return { ok: true, wert: teile as W[number][] };
  });
}

const quelleTitel = () => pflichtText('Titel der Quelle: Herausgeber und Art des Dokuments');

export const abfrageFragen = tabelle({
  datei: 'musterabfrage/fragen.csv',
  name: 'musterabfrage-fragen',
  titel: 'Musterabfrage: Fragebogen',
  beschreibung:
    'Die Fragen der kommunalen Musterabfrage in der Reihenfolge des Fragebogens. Die id ist zugleich der Spaltenname ' +
    'in der Antwortvorlage. Eine Frage, deren Bedeutung sich ändert, bekommt eine neue id, damit Antworten ' +
    'vergleichbar bleiben. Die Quelle nennt den Anlass der Frage, nicht ihre Antwort.',
  schema: z.object({
    /** Stable id; also the column of the return file. */
    id: kennung('Kurzname der Frage, klein, mit Bindestrichen; zugleich Spalte der Antwortvorlage'),
    /** InTG topic, also the section of the questionnaire. */
    thema: vokabular('Thema der Frage und Abschnitt im Fragebogen', werte(FRAGETHEMEN)),
    frage: pflichtText('Die Frage in einfachem Deutsch'),
    hilfe: text('Erläuterung: was gemeint ist, was „teilweise“ heißt, wann die Frage leer bleibt'),
    antworttyp: vokabular('Art der Antwort', werte(ANTWORTTYPEN)),
    /** Choices of an auswahl question; "unbekannt" is always added. */
    optionen: liste(
      'Bei antworttyp auswahl: die Antworten, getrennt durch |; „unbekannt“ ist immer möglich und wird nicht ' +
        'aufgeführt',
      { pflicht: false },
    ),
    /** Unit of a zahl answer, e.g. "Stunden pro Woche". */
    einheit: text('Bei antworttyp zahl: die Einheit, z. B. Stunden pro Woche'),
    ebenen: liste('Wem die Frage gestellt wird, getrennt durch |', { werte: werte(ABFRAGE_EBENEN), pflicht: true }),
    fassung: vokabular('Entwurf oder endgültig abgestimmte Frage', werte(FASSUNGEN)),
    quelle_url: url('Webadresse, die den Anlass der Frage nennt (http oder https)'),
    quelle_titel: quelleTitel(),
  }),
  eindeutig: ['id'],
  zeilenRegeln: (z) => {
    const v: { spalte: string; meldung: string; erwartet?: string }[] = [];
    if ((META_SPALTEN as readonly string[]).includes(z.id))
      v.push({
        spalte: 'id',
        meldung: `id „${z.id}“ ist schon eine Spalte der Antwortvorlage`,
        erwartet: 'eine andere id',
      });
    if (z.antworttyp === 'auswahl' && z.optionen.length < 2)
      v.push({
        spalte: 'optionen',
        meldung: 'Auswahl ohne mindestens zwei Optionen',
        erwartet: 'zwei oder mehr Antworten, getrennt durch |',
      });
    if (z.antworttyp !== 'auswahl' && z.optionen.length > 0)
      v.push({
        spalte: 'optionen',
        meldung: `Optionen passen nicht zum Antworttyp „${z.antworttyp}“`,
        erwartet: 'ein leeres Feld',
      });
    if (z.optionen.includes(UNBEKANNT))
      v.push({
        spalte: 'optionen',
        meldung: 'unbekannt ist immer möglich und steht nicht in den Optionen',
        erwartet: 'die Optionen ohne unbekannt',
      });
    if (z.einheit !== undefined && z.antworttyp !== 'zahl')
      v.push({
        spalte: 'einheit',
        meldung: `Einheit passt nicht zum Antworttyp „${z.antworttyp}“`,
        erwartet: 'ein leeres Feld',
      });
    return v;
  },
});

export type FrageZeile = z.output<typeof abfrageFragen.schema>;

/** What the answer check needs of a question row (the vocabulary field is required, so never undefined). */
export function regelVon(f: FrageZeile): FrageRegel {
  return { id: f.id, antworttyp: f.antworttyp!, optionen: f.optionen, ebenen: f.ebenen };
}

export const abfrageAntworten = tabelle({
  datei: 'musterabfrage/antworten.csv',
  name: 'musterabfrage-antworten',
  titel: 'Musterabfrage: Antworten',
  beschreibung:
    'Eine Zeile je Gebiet, Frage und Tag der Antwort. Eine geänderte Antwort kommt als neue Zeile mit neuem Stand ' +
    'hinzu, die alte bleibt. Die Zeilen entstehen mit `npm run abfrage:import`; eine Frage ohne Zeile ist nicht ' +
    'beantwortet.',
  schema: z.object({
    gebiet: gebiet('Schlüssel des antwortenden Gebiets (Kreis, Amt oder Gemeinde-AGS; kreisfreie Städte mit AGS)', [
      'kreis',
      'amt',
      'gemeinde',
    ]),
    frage: kennung('id der Frage aus musterabfrage/fragen.csv'),
    /** Stored form as the return-file check produces it; checked against the question's type. */
    antwort: pflichtText(
      'Die Antwort, passend zum Antworttyp der Frage; „unbekannt“, wenn es die Antwortenden nicht wissen',
    ),
    stand: datum('Tag, an dem die Antwort gegeben wurde (JJJJ-MM-TT)', { nichtInZukunft: true }),
    antwortet: vokabular('Wer geantwortet hat', werte(ANTWORTENDE)),
    quelle_url: url('Webadresse der Antwort: Pull Request oder veröffentlichtes Schreiben (http oder https)'),
    quelle_titel: quelleTitel(),
    anmerkung: text('Erläuterung in eigenen Worten'),
  }),
  // A correction back to an earlier answer of the same day is a new observation when its source is new.
  eindeutig: ['gebiet', 'frage', 'stand', 'antwortet', 'antwort', 'quelle_url'],
  leerErlaubt: 'Die Antworten kommen erst mit den Rückmeldungen der Kommunen; bis dahin ist die Tabelle leer.',
  bezuege: (zeilen, kontext) => {
    const fragen = new Map(kontext.zeilen(abfrageFragen).map((f) => [f.daten.id, f.daten]));
    const verstoesse: BezugsVerstoss[] = [];
    for (const { zeile, daten } of zeilen) {
      const frage = fragen.get(daten.frage);
      if (!frage) {
        verstoesse.push({
          zeile,
          spalte: 'frage',
          meldung: 'Frage nicht im Fragebogen',
          gefunden: daten.frage,
          erwartet: 'eine id aus data/musterabfrage/fragen.csv',
        });
        continue;
      }
      const g = kontext.register?.get(daten.gebiet);
      const ebene = g && abfrageEbene(g);
      const regel = regelVon(frage);
      if (ebene && !giltFuer(regel, ebene)) {
        verstoesse.push({
          zeile,
          spalte: 'frage',
          meldung: giltNichtFuer(regel, ebene),
          gefunden: daten.frage,
          erwartet: `eine Frage für ${ebene}`,
        });
      }
      const r = pruefeAntwort(regel, daten.antwort, daten.stand);
      if (!r.ok)
        verstoesse.push({
          zeile,
          spalte: 'antwort',
          meldung: r.meldung,
          gefunden: daten.antwort,
          erwartet: r.erwartet,
        });
    }
    return verstoesse;
  },
});

export type AntwortZeile = z.output<typeof abfrageAntworten.schema>;

export const abfrageAnfragen = tabelle({
  datei: 'musterabfrage/anfragen.csv',
  name: 'musterabfrage-anfragen',
  titel: 'Musterabfrage: Anfragen',
  beschreibung:
    'Eine Zeile je Gebiet und Anfrage oder Erinnerung: wann wer die Kommune um Antworten gebeten hat und bis ' +
    'wann. Daraus folgen der Stand der Kampagne (/musterabfrage/stand/) und auf der Karte „angefragt“, „Frist ' +
    'verstrichen“ oder „nicht angefragt“.',
  schema: z.object({
    gebiet: gebiet('Schlüssel des angefragten Gebiets (Kreis, Amt oder Gemeinde-AGS; kreisfreie Städte mit AGS)', [
      'kreis',
      'amt',
      'gemeinde',
    ]),
    datum: datum('Tag, an dem die Anfrage verschickt wurde (JJJJ-MM-TT)', { nichtInZukunft: true }),
    art: vokabular('Erste Anfrage oder Erinnerung', werte(ANFRAGEARTEN)),
    frist: optionalerTag('Bis wann um Antwort gebeten wurde (JJJJ-MM-TT); leer, wenn die Anfrage keine Frist nennt'),
    anfragende: pflichtText('Wer angefragt hat: Organisation oder Gremium, keine Personennamen'),
    quelle_url: url('Webadresse, die die Anfrage belegt (http oder https)'),
    quelle_titel: quelleTitel(),
    anmerkung: text('Erläuterung in eigenen Worten'),
  }),
  eindeutig: ['gebiet', 'datum', 'art', 'anfragende'],
  leerErlaubt: 'Bisher ist keine Anfrage im Rahmen der Musterabfrage belegt; jede Anfrage braucht eine Quelle.',
});

export type AnfrageZeile = z.output<typeof abfrageAnfragen.schema>;

export const abfrageAnschriften = tabelle({
  datei: 'musterabfrage/anschriften.csv',
  name: 'musterabfrage-anschriften',
  titel: 'Musterabfrage: Anschriften',
  beschreibung:
    'Postanschrift der Verwaltung je Gebiet für die Anschreiben der Musterabfrage, so wie die Verwaltung sie ' +
    'selbst veröffentlicht. Ohne Zeile trägt das Anschreiben nur den amtlichen Namen. Keine Namen von Personen.',
  schema: z.object({
    gebiet: gebiet('Schlüssel des angeschriebenen Gebiets (Kreis, Amt oder Gemeinde-AGS; kreisfreie Städte mit AGS)', [
      'kreis',
      'amt',
      'gemeinde',
    ]),
    anschrift: pflichtText('Postanschrift ohne den Namen der Verwaltung, Zeilen getrennt durch „, “ (Straße, PLZ Ort)'),
    stand: datum('Tag, an dem die Anschrift in der Quelle stand (JJJJ-MM-TT)', { nichtInZukunft: true }),
    quelle_url: url('Webadresse, unter der die Verwaltung die Anschrift nennt (http oder https)'),
    quelle_titel: quelleTitel(),
  }),
  eindeutig: ['gebiet', 'stand'],
  leerErlaubt: 'Anschriften werden erst gesammelt; ohne Anschrift trägt das Anschreiben nur den amtlichen Namen.',
});

export type AnschriftZeile = z.output<typeof abfrageAnschriften.schema>;
