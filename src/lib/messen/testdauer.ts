// How long `npm test` took, against one production build measured in the same run: a ratio stays
// comparable between an idle laptop and a CI machine shared with other jobs, a time in seconds does not.

/** The target of issue 14: the whole test suite within this many production builds. */
export const ZIEL_VIELFACHES = 15;

export interface Schritt {
  name: string;
  sekunden: number;
  /** The production build, the measure of all other steps. */
  bau: boolean;
}

/** Seconds with one decimal in German notation: "9,8 s". */
export function dauerText(sekunden: number): string {
  return `${sekunden.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
}

/** The closing lines of `npm test`: each step's time, the total, and the total as a multiple of one build. */
export function testBericht(schritte: Schritt[], gesamt: number): string[] {
  const zeilen = [`Dauer je Schritt: ${schritte.map((s) => `${s.name} ${dauerText(s.sekunden)}`).join(' · ')}`];
  const bau = schritte.find((s) => s.bau);
  if (!bau || bau.sekunden <= 0) return [...zeilen, `npm test: ${dauerText(gesamt)} (ohne Produktionsbau)`];
  const vielfaches = gesamt / bau.sekunden;
  const urteil = vielfaches <= ZIEL_VIELFACHES ? 'im Ziel' : 'über dem Ziel';
  zeilen.push(
    `npm test: ${dauerText(gesamt)} = ${vielfaches.toLocaleString('de-DE', { maximumFractionDigits: 1 })} × ein ` +
      `Produktionsbau (${dauerText(bau.sekunden)}); Ziel höchstens ${ZIEL_VIELFACHES} ×, ${urteil}.`,
  );
  return zeilen;
}
