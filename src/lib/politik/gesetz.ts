import type { Quellenangabe } from '../veroeffentlichen/quellen.ts';

/** A source of a statement in page text, with the date the statement held. */
export interface DatierteQuelle extends Quellenangabe {
  stand: string;
}

const REGIERUNG: DatierteQuelle = {
  url: 'http://www.regierungmv.de/Landesregierung/sm/Soziales/Integration/Integrations%E2%80%93-und-Teilhabegesetz-%28InTG-M%E2%80%93V%29/',
  titel: 'Landesregierung M-V: Seite zum Integrations- und Teilhabegesetz (InTG M-V)',
  stand: '2024-04-02',
};

/**
 * What is known for sure about the InTG M-V as a law: its name, date, citation and entry into
 * force, each with the source it comes from. What it rules lives in data/intg-aussagen.csv.
 */
export const INTG = {
  abkuerzung: 'InTG M-V',
  kurztitel: 'Integrations- und Teilhabegesetz',
  titel: 'Gesetz zur Förderung von Integration, Teilhabe und Vielfalt in Mecklenburg-Vorpommern',
  datum: '2024-03-19',
  fundstelle: 'GVBl. Nr. 7 vom 28.03.2024 S. 87',
  beschlossen: '2024-03-13',
  inKraft: '2024-04-02',
  quellen: {
    /** Title, date, citation and preamble: a non-official reproduction of the text. */
    wiedergabe: {
      url: 'https://www.umwelt-online.de/recht/arbeitss/arbeitsrecht/laender/mv/intg24.htm',
      titel: 'umwelt-online: Wiedergabe des InTG M-V (nicht amtlich)',
      stand: '2024-03-28',
    },
    /** The InTG is Artikel 1 of the Jugendbeteiligungs- und Vielfaltsgesetz (JVG M-V). */
    artikelgesetz: {
      url: 'https://www.umwelt-online.de/recht/arbeitss/arbeitsrecht/laender/mv/z24_0087.htm',
      titel: 'umwelt-online: Wiedergabe des JVG M-V (nicht amtlich)',
      stand: '2024-03-28',
    },
    beschluss: {
      url: 'https://www.evangelische-zeitung.de/neues-gesetz-in-mv-mehr-rechte-fuer-kinder-und-jugendliche',
      titel: 'Evangelische Zeitung: Neues Gesetz in MV – mehr Rechte für Kinder und Jugendliche',
      stand: '2024-03',
    },
    inKraft: REGIERUNG,
    /** "Größere Kommunen sollen … Beiräte gründen": secondary source for the Beirat rule. */
    groessereKommunen: {
      url: 'https://www.ndr.de/nachrichten/mecklenburg-vorpommern/westmecklenburg/Kein-Migrationsbeirat-fuer-Schwerin,mvregioschwerin2470.html',
      titel: 'NDR: Kein Migrationsbeirat für Schwerin',
      stand: '2024-12-19',
    },
  },
} as const satisfies Record<string, unknown> & { quellen: Record<string, DatierteQuelle> };

/**
 * Where to read the law. The research names landesrecht-mv.de as the official source but no deep
 * link to the InTG that could be checked, so the page links the portal and says what to search.
 */
export const GESETZESTEXT = {
  portal: {
    url: 'https://www.landesrecht-mv.de/',
    titel: 'Landesrecht Mecklenburg-Vorpommern (landesrecht-mv.de)',
    suche: 'InTG M-V',
  },
  wiedergabe: INTG.quellen.wiedergabe,
} as const;
