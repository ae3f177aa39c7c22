import { einheitIn, type KartenIndex } from '../../lib/karte/info.ts';
import { pfadVon } from '../../lib/karte/kartendaten.ts';
import { ebenenLabel, type KartenEbene, type KartenZustand, schreibeZustand } from '../../lib/karte/zustand.ts';
import { erstelleFlaechen } from './flaechen.ts';
import { type Karte, setzeText } from './karte.ts';
import { zeichneLegende, zeigeSchlagzeile } from './legende.ts';

/** The attributes of one Gemeinde link in a view; its fill is drawn by the layer below (flaechen.ts). */
interface Darstellung {
  href: string;
  label: string;
  ausgewaehlt: boolean;
  /** Another shape of the same Amt or Kreis already stands for it in browse mode. */
  verborgen: boolean;
}

/** What a view writes into the Gemeinde links and the layer below them. */
interface GemeindeAnsicht {
  darstellungen: (Darstellung | undefined)[];
  fuellungen: string[];
}

/** Computes a view once; clicking back to it reuses it (a few hundred strings per view). */
function gemeindeAnsicht(karte: Karte, index: KartenIndex, neu: KartenZustand): GemeindeAnsicht {
  const label = index.indikator(neu.merkmal).label;
  const gesehen = new Set<string>();
  const darstellungen: (Darstellung | undefined)[] = [];
  const fuellungen = karte.links.map((a) => {
    const schluessel = a.dataset.schluessel ?? '';
    const e = einheitIn(index, schluessel, neu);
    const g = index.gebiet.get(schluessel);
    if (!e || !g) {
      darstellungen.push(undefined);
      return 'none';
    }
    darstellungen.push({
      href: karte.basis + pfadVon(e.einheit),
      label: `${e.einheit.n}: ${label} ${e.kategorie.label}`,
      ausgewaehlt: neu.auswahl !== undefined && [g.s, g.a, g.k].includes(neu.auswahl),
      verborgen: gesehen.has(e.einheit.s),
    });
    gesehen.add(e.einheit.s);
    return e.kategorie.fuellung;
  });
  return { darstellungen, fuellungen };
}

/** Writes a view into the map, touching only attributes whose value changes; the URL follows when the view settles. */
export function erstelleAnwenden(karte: Karte, folgen: { nachAnwenden: (z: KartenZustand) => void }) {
  const bisher: (Darstellung | undefined)[] = karte.links.map(() => undefined);
  const schreibeUrl = urlSchreiber(karte);
  const zeichneFuellungen = erstelleFlaechen(karte);
  const ansichten = new Map<string, GemeindeAnsicht>();

  const zeichneGemeinden = (index: KartenIndex, neu: KartenZustand) => {
    const schluessel = schreibeZustand(neu);
    const ansicht = ansichten.get(schluessel) ?? gemeindeAnsicht(karte, index, neu);
    ansichten.set(schluessel, ansicht);
    karte.links.forEach((a, i) => {
      const soll = ansicht.darstellungen[i];
      if (!soll) return;
      aktualisiere(a, bisher[i], soll, karte.einbettung);
      bisher[i] = soll;
    });
    zeichneFuellungen(ansicht.fuellungen);
  };

  return (neu: KartenZustand): void => {
    const index = karte.index;
    if (!index) return;
    karte.zustand = neu;
    const indikator = index.indikator(neu.merkmal);
    karte.svg.dataset.ebene = neu.ebene;
    zeichneGemeinden(index, neu);
    zeichneLegende(index.daten, indikator, neu.ebene);
    zeigeSchlagzeile(index.daten, indikator.id, neu.ebene, karte.basis);
    setzeText('#karten-ueberschrift', `Karte: ${indikator.label}, ${ebenenLabel(neu.ebene)}`);
    stelleSteuerungEin(neu, indikator.ebenen);
    schreibeUrl();
    folgen.nachAnwenden(neu);
    performance.mark('karte-ansicht-angewendet');
  };
}

/** How long the view must stay before the URL follows it. */
const URL_NACH_MS = 300;

/**
 * Writes the state into the embed code at once (one short text) and into the URL once the view has
 * settled: replaceState costs Chromium a few milliseconds and makes it fetch the favicon again, which
 * would fall into the next switch of someone clicking through the Merkmale.
 */
function urlSchreiber(karte: Karte): () => void {
  let geplant: ReturnType<typeof setTimeout> | undefined;
  const schreibe = () => {
    clearTimeout(geplant);
    geplant = undefined;
    history.replaceState(null, '', location.pathname + schreibeZustand(karte.zustand) + location.hash);
  };
  // Leaving the page before the view settled (a Gemeinde opened at once): Back still returns to that view.
  addEventListener('pagehide', () => {
    if (geplant !== undefined) schreibe();
  });
  return () => {
    const code = document.getElementById('einbettcode');
    const ohneAuswahl = schreibeZustand({ ...karte.zustand, auswahl: undefined });
    if (code?.textContent) code.textContent = code.textContent.replace(/karte\/[^"]*"/, `karte/${ohneAuswahl}"`);
    clearTimeout(geplant);
    geplant = setTimeout(schreibe, URL_NACH_MS);
  };
}

/** The controls show the view; levels the indicator does not have are disabled. */
function stelleSteuerungEin(neu: KartenZustand, ebenen: readonly KartenEbene[]): void {
  for (const feld of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#karten-steuerung [name]')) {
    const wert = feld.name === 'ebene' ? neu.ebene : neu.merkmal;
    if (feld instanceof HTMLSelectElement) {
      feld.value = wert;
      if (feld.name === 'ebene') for (const o of feld.options) o.disabled = !ebenen.includes(o.value as KartenEbene);
    } else {
      feld.checked = feld.value === wert;
      if (feld.name === 'ebene') feld.disabled = !ebenen.includes(feld.value as KartenEbene);
    }
  }
}

function aktualisiere(a: SVGAElement, alt: Darstellung | undefined, neu: Darstellung, einbettung: boolean): void {
  if (alt?.href !== neu.href) a.setAttribute('href', neu.href);
  if (alt?.label !== neu.label) a.setAttribute('aria-label', neu.label);
  if (alt?.ausgewaehlt !== neu.ausgewaehlt) a.classList.toggle('ausgewaehlt', neu.ausgewaehlt);
  if (alt?.verborgen !== neu.verborgen) {
    if (neu.verborgen) a.setAttribute('aria-hidden', 'true');
    else a.removeAttribute('aria-hidden');
  }
  if (!alt && einbettung) a.setAttribute('target', '_top');
}
