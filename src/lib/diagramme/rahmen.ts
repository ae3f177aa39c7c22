import { umbrechen } from './text.ts';

/**
 * A downloaded chart travels without its page, so the file carries its own title and a footer
 * with source and licence, as OWID's and Datawrapper's exports do. On the page both are HTML.
 */
export interface Rahmen {
  breite: number;
  hoehe: number;
  /** Where the chart itself starts. */
  inhaltX: number;
  inhaltY: number;
  titel: { text: string; y: number }[];
  fuss: { text: string; y: number }[];
  rand: number;
}

export const RAHMEN_SCHRIFT = { titel: 17, fuss: 11 } as const;

const RAND = 16;
const TITEL_ZEILE = 22;
const FUSS_ZEILE = 15;

export function downloadRahmen(
  inhalt: { breite: number; hoehe: number },
  titel: string,
  fusszeilen: readonly string[],
): Rahmen {
  const breite = inhalt.breite + 2 * RAND;
  const titelZeilen = umbrechen(titel, inhalt.breite, RAHMEN_SCHRIFT.titel).map((text, i) => ({
    text,
    y: RAND + RAHMEN_SCHRIFT.titel + i * TITEL_ZEILE,
  }));
  const inhaltY = RAND + titelZeilen.length * TITEL_ZEILE + 10;
  const fussY = inhaltY + inhalt.hoehe + 10;
  const fuss = fusszeilen
    .flatMap((zeile) => umbrechen(zeile, inhalt.breite, RAHMEN_SCHRIFT.fuss))
    .map((text, i) => ({ text, y: fussY + (i + 1) * FUSS_ZEILE }));
  const y = fussY + fuss.length * FUSS_ZEILE;
  return { breite, hoehe: y + RAND, inhaltX: RAND, inhaltY, titel: titelZeilen, fuss, rand: RAND };
}
