import { UNBEKANNT } from './schema/felder.ts';

const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** A date as precise as it is stored: "2024", "März 2024" or "13.03.2024"; unknown stays "unbekannt". */
export function datumDeutsch(wert: string | undefined): string {
  if (wert === undefined || wert === UNBEKANNT) return UNBEKANNT;
  const [j, m, t] = wert.split('-');
  if (t) return `${t}.${m}.${j}`;
  if (m) return `${MONATE[Number(m) - 1]} ${j}`;
  return j!;
}

const ZAHL = new Intl.NumberFormat('de-DE');
const EURO = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const EURO_CENT = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "205.307" */
export function zahl(n: number): string {
  return ZAHL.format(n);
}

/** "1.000.000 €", "6.991,08 €", "2.528,40 €" (cents in two digits or not at all); an unknown amount is "unbekannt", never "0 €". */
export function euro(n: number | undefined): string {
  if (n === undefined) return UNBEKANNT;
  return Number.isInteger(n) ? EURO.format(n) : EURO_CENT.format(n);
}
