import { datumDeutsch, zahl } from '../darstellung/format.ts';
import { KATEGORIEN, type Kategorie } from '../strukturen/merkmale.ts';
import type { Geltungseintrag, Verweis } from './profil.ts';
import { label, STRUKTURTYPEN, type Strukturtyp } from '../schema/vokabular.ts';

/**
 * The answer a reader came for, before any detail: one badge per structure type and one sentence.
 * Page, share card and JSON twin show the same object, so the three cannot tell different stories.
 */

/** The structure types that get a badge; Netzwerk only where something is known. */
export const ABZEICHEN_TYPEN = ['beirat', 'beauftragte', 'konzept', 'netzwerk'] as const satisfies Strukturtyp[];
export type AbzeichenTyp = (typeof ABZEICHEN_TYPEN)[number];

export interface Abzeichen {
  typ: AbzeichenTyp;
  /** The map's category, with the map's words and fill (src/lib/karte/stil.ts). */
  kategorie: Kategorie;
  /** Name of the body the category rests on (own, or of the Amt or Kreis); null: unknown. */
  bezeichnung: string | null;
  /** Stand and source of that observation; null: no observation. */
  stand: string | null;
  quelle_url: string | null;
  quelle_titel: string | null;
  /** Whose body it is, when it is not the Gebiet's own (category "ueber"). */
  traeger: Verweis | null;
  /**
   * Where the fact comes from when it is not a row of data/strukturen.csv
   * ("Selbstauskunft der Verwaltung vom …"); else null.
   */
  herkunft: string | null;
}

export interface Antwort {
  abzeichen: Abzeichen[];
  /** One or more plain German sentences, derived from the badges and the InTG statements. */
  satz: string;
}

/** What a Gebiet "has", in the accusative, for the summary sentence. */
const HAT: Record<AbzeichenTyp, string> = {
  beirat: 'einen Migrations- oder Integrationsbeirat',
  beauftragte: 'eine Integrationsbeauftragte oder einen Integrationsbeauftragten',
  konzept: 'ein Integrationskonzept',
  netzwerk: 'ein Integrationsnetzwerk',
};

/** "A, B und C" */
export function aufzaehlung(teile: readonly string[]): string {
  if (teile.length <= 1) return teile.join('');
  return `${teile.slice(0, -1).join(', ')} und ${teile.at(-1)}`;
}

const typName = (a: Abzeichen) => label(STRUKTURTYPEN, a.typ);
/** The map's word for the category, so sentence, badge and legend say the same. */
const GEPLANT_WORT = (() => {
  const w = KATEGORIEN.find((k) => k.wert === 'geplant')!.label;
  return w.charAt(0).toUpperCase() + w.slice(1);
})();
const mitStand = (a: Abzeichen) => (a.stand && a.stand !== 'unbekannt' ? ` (Stand ${datumDeutsch(a.stand)})` : '');

/** "das Amt Landhagen", "der Landkreis Rostock" */
function mitArtikel(v: Verweis): string {
  return `${v.ebene === 'amt' ? 'das' : 'der'} ${v.anzeigename}`;
}

function strukturSaetze(name: string, abzeichen: readonly Abzeichen[]): string[] {
  const je = (k: Kategorie) => abzeichen.filter((a) => a.kategorie === k);
  const saetze: string[] = [];
  const eigene = je('vorhanden');
  if (eigene.length > 0) saetze.push(`${name} hat ${aufzaehlung(eigene.map((a) => HAT[a.typ] + mitStand(a)))}.`);
  const geplant = je('geplant');
  if (geplant.length > 0) saetze.push(`${GEPLANT_WORT}: ${aufzaehlung(geplant.map((a) => typName(a) + mitStand(a)))}.`);
  const ueber = je('ueber');
  if (eigene.length === 0 && geplant.length === 0) saetze.push(`Für ${name} ist keine eigene Struktur bekannt.`);
  const traeger = new Map<string, { v: Verweis; typen: string[] }>();
  for (const a of ueber) {
    if (!a.traeger) continue;
    const t = traeger.get(a.traeger.schluessel) ?? { v: a.traeger, typen: [] };
    t.typen.push(typName(a));
    traeger.set(a.traeger.schluessel, t);
  }
  if (traeger.size > 0) {
    const wer = [...traeger.values()].map((t) => `${mitArtikel(t.v)} (${aufzaehlung(t.typen)})`);
    saetze.push(`Zuständig ${wer.length > 1 ? 'sind' : 'ist'} auch ${aufzaehlung(wer)}.`);
  }
  return saetze;
}

/** Statements with a population threshold that concern this Gebiet: quoted from the data, never paraphrased. */
function gesetzSaetze(name: string, wasGilt: readonly Geltungseintrag[]): string[] {
  return wasGilt
    .filter((e) => e.aussage.einwohner_ueber !== null && (e.geltung === 'gilt' || e.geltung === 'grenzfall'))
    .map((e) => {
      const geprueft = e.aussage.wortlaut_geprueft === 'ja' ? '' : ' (Wortlaut nicht geprüft)';
      const lage =
        e.einwohner === null
          ? ''
          : e.geltung === 'grenzfall'
            ? ` ${name} liegt mit ${zahl(e.einwohner)} Einwohnern nahe dieser Schwelle.`
            : ` ${name} hat ${zahl(e.einwohner)} Einwohner.`;
      return `Laut InTG${geprueft}: ${e.aussage.aussage}${lage}`;
    });
}

export function antwort(name: string, abzeichen: Abzeichen[], wasGilt: readonly Geltungseintrag[]): Antwort {
  return { abzeichen, satz: [...strukturSaetze(name, abzeichen), ...gesetzSaetze(name, wasGilt)].join(' ') };
}
