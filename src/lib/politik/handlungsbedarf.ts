import { einwohnerVon, GEMEINDEN_ERFASST_AB } from '../gebiete/einwohner.ts';
import type { Gebiet, Register } from '../gebiete/register.ts';
import type { EinwohnerZeile } from '../schema/einwohner.ts';
import type { IntgAussageZeile } from '../schema/intg-aussagen.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import { befund, richtetSichAn } from '../strukturen/geltung.ts';
import { bewerte, type Kategorie, MERKMALE, type Merkmal } from '../strukturen/merkmale.ts';

/**
 * What the law statements (data/intg-aussagen.csv) ask of whom, set against what is known: for each
 * statement that addresses Kommunen, the Gebiete it concerns with their own status. Everything comes
 * from the data, so a corrected threshold changes the list.
 */
export interface Bedarfszeile {
  gebiet: Gebiet;
  einwohner: number | undefined;
  /** Within grenzbereich_prozent of the threshold: whether the rule applies is open. */
  grenzfall: boolean;
  /** Own status of the Merkmal the statement is about; undefined where the atlas has no data on its topic. */
  kategorie: Kategorie | undefined;
  /** The Gebiet's own newest observation, with Stand and source. */
  eigene: StrukturZeile | undefined;
  /** An Amt or Kreis whose structure covers the Gebiet, when it has none of its own. */
  ueber: Gebiet | undefined;
}

export interface Bedarf {
  aussage: IntgAussageZeile;
  merkmal: Merkmal | undefined;
  /** Without a threshold only the Kreise and kreisfreie Städte are listed; Gemeinden are in the table. */
  nurKreisebene: boolean;
  zeilen: Bedarfszeile[];
}

export interface BedarfsGrundlagen {
  gebiete: readonly Gebiet[];
  register: Register;
  aussagen: readonly GepruefteZeile<IntgAussageZeile>[];
  strukturen: readonly GepruefteZeile<StrukturZeile>[];
  einwohner: readonly GepruefteZeile<EinwohnerZeile>[];
}

/** Missing and unknown first: that is where something may need doing. */
const RANG: Record<Kategorie, number> = { nein: 0, unbekannt: 1, ueber: 2, geplant: 3, vorhanden: 4 };

const istMerkmal = (thema: string): thema is Merkmal => (MERKMALE as readonly string[]).includes(thema);
const kreisebene = (g: Gebiet) => g.ebene === 'kreis' || (g.ebene === 'gemeinde' && g.art === 'kreisfrei');

/** The statement that carries the Beirat threshold for Gemeinden, if the data has one. */
export function beiratRegel(aussagen: readonly GepruefteZeile<IntgAussageZeile>[]): IntgAussageZeile | undefined {
  return aussagen
    .map((a) => a.daten)
    .find((a) => a.thema === 'beirat' && a.adressaten === 'Gemeinden' && a.einwohner_ueber !== undefined);
}

export function handlungsbedarf(gr: BedarfsGrundlagen): Bedarf[] {
  return gr.aussagen
    .map((a) => a.daten)
    .filter((a) => a.adressaten !== undefined && a.adressaten !== 'Land')
    .map((aussage) => {
      const merkmal = istMerkmal(aussage.thema) ? aussage.thema : undefined;
      const nurKreisebene = aussage.einwohner_ueber === undefined;
      // Without a Merkmal the atlas has nothing to set against the rule: no list, only the rule.
      const zeilen = gr.gebiete
        .filter(() => merkmal !== undefined)
        .filter((g) => aussage.adressaten !== undefined && richtetSichAn(aussage.adressaten, g))
        .filter((g) => !nurKreisebene || kreisebene(g))
        // A kreisfreie Stadt is a Gemeinde and a Kreis: listed once, as the Gemeinde.
        .filter((g) => !(nurKreisebene && g.ebene === 'kreis' && g.gemeinde))
        .flatMap((g) => zeileFuer(gr, aussage, merkmal, g) ?? []);
      zeilen.sort(
        (p, q) =>
          (p.kategorie ? RANG[p.kategorie] : 0) - (q.kategorie ? RANG[q.kategorie] : 0) ||
          (q.einwohner ?? 0) - (p.einwohner ?? 0),
      );
      return { aussage, merkmal, nurKreisebene, zeilen };
    });
}

function zeileFuer(
  gr: BedarfsGrundlagen,
  aussage: IntgAussageZeile,
  merkmal: Merkmal | undefined,
  g: Gebiet,
): Bedarfszeile | undefined {
  const einwohner = einwohnerVon(gr.einwohner, g)?.einwohner;
  const erfasstAb = g.ebene === 'gemeinde' ? GEMEINDEN_ERFASST_AB : undefined;
  const b = befund(aussage, { einwohner, erfasstAb });
  if (b.geltung !== 'gilt' && b.geltung !== 'grenzfall') return undefined;
  const bewertung = merkmal ? bewerte(gr.strukturen, gr.register, g, merkmal) : undefined;
  return {
    gebiet: g,
    einwohner,
    grenzfall: b.geltung === 'grenzfall',
    kategorie: bewertung?.kategorie,
    eigene: bewertung?.eigene?.daten,
    ueber: bewertung?.ueber?.gebiet,
  };
}

/** The download of the page: one row per statement and Gebiet, unknown values as empty cells. */
export const BEDARF_SPALTEN = [
  'aussage',
  'gebiet',
  'name',
  'einwohner',
  'grenzfall',
  'status',
  'ueber',
  'stand',
  'quelle_url',
  'quelle_titel',
] as const;

export function bedarfZeilen(
  bedarfe: readonly Bedarf[],
  name: (g: Gebiet) => string,
  kategorieLabel: (k: Kategorie) => string,
): Record<(typeof BEDARF_SPALTEN)[number], string | number | undefined>[] {
  return bedarfe.flatMap((b) =>
    b.zeilen.map((z) => ({
      aussage: b.aussage.id,
      gebiet: z.gebiet.schluessel,
      name: name(z.gebiet),
      einwohner: z.einwohner,
      grenzfall: z.grenzfall ? 'ja' : 'nein',
      status: z.kategorie ? kategorieLabel(z.kategorie) : undefined,
      ueber: z.ueber ? name(z.ueber) : undefined,
      stand: z.eigene?.stand,
      quelle_url: z.eigene?.quelle_url,
      quelle_titel: z.eigene?.quelle_titel,
    })),
  );
}
