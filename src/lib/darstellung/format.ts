import { UNBEKANNT } from '../schema/felder.ts';

const MONATE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

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
const CENT = new Intl.NumberFormat('de-DE', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "205.307" */
export function zahl(n: number): string {
  return ZAHL.format(n);
}

/**
 * "1.000.000 €", "6.991,08 €", "2.528,40 €" (cents in two digits or not at all); an unknown amount is "unbekannt",
 * never "0 €".
 */
export function euro(n: number | undefined): string {
  if (n === undefined) return UNBEKANNT;
  return Number.isInteger(n) ? EURO.format(n) : CENT.format(n);
}

const MIO = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/**
 * Short form for charts and running text: "1,5 Mio. €", "0,5 Mio. €"; below 100.000 € the full
 * amount ("92.000 €"), because "0,09 Mio. €" reads badly. Unknown stays "unbekannt".
 */
export function euroKompakt(n: number | undefined): string {
  if (n === undefined) return UNBEKANNT;
  if (Math.abs(n) >= 100_000) return `${MIO.format(n / 1_000_000)}\u00a0Mio.\u00a0€`;
  return EURO.format(Math.round(n));
}

/** Amounts per inhabitant need their cents: "0,22 €". */
export function euroMitCent(n: number | undefined): string {
  return n === undefined ? UNBEKANNT : CENT.format(n);
}
