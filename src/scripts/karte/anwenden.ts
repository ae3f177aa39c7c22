import { einheitIn } from '../../lib/karte/info.ts';
import { pfadVon } from '../../lib/karte/kartendaten.ts';
import { ebenenLabel, type KartenEbene, type KartenZustand, schreibeZustand } from '../../lib/karte/zustand.ts';
import { type Karte, setzeText } from './karte.ts';
import { zeichneLegende, zeigeSchlagzeile } from './legende.ts';

/** The attributes of one Gemeinde shape in a view. */
interface Darstellung {
  fill: string;
  href: string;
  label: string;
  ausgewaehlt: boolean;
  /** Another shape of the same Amt or Kreis already stands for it in browse mode. */
  verborgen: boolean;
}

/** Writes a view into the map, touching only attributes whose value changes; the URL follows once per frame. */
export function erstelleAnwenden(karte: Karte, folgen: { nachAnwenden: (z: KartenZustand) => void }) {
  const bisher: (Darstellung | undefined)[] = karte.links.map(() => undefined);
  const schreibeUrl = urlSchreiber(karte);

  const zeichneFlaechen = (neu: KartenZustand) => {
    const index = karte.index;
    if (!index) return;
    const label = index.indikator(neu.merkmal).label;
    const gesehen = new Set<string>();
    karte.links.forEach((a, i) => {
      const schluessel = a.dataset.schluessel ?? '';
      const e = einheitIn(index, schluessel, neu);
      const g = index.gebiet.get(schluessel);
      if (!e || !g) return;
      const soll: Darstellung = {
        fill: e.kategorie.fuellung,
        href: karte.basis + pfadVon(e.einheit),
        label: `${e.einheit.n}: ${label} ${e.kategorie.label}`,
        ausgewaehlt: neu.auswahl !== undefined && [g.s, g.a, g.k].includes(neu.auswahl),
        verborgen: gesehen.has(e.einheit.s),
      };
      gesehen.add(e.einheit.s);
      aktualisiere(a, bisher[i], soll, karte.einbettung);
      bisher[i] = soll;
    });
  };

  return (neu: KartenZustand): void => {
    const index = karte.index;
    if (!index) return;
    karte.zustand = neu;
    const indikator = index.indikator(neu.merkmal);
    karte.svg.dataset.ebene = neu.ebene;
    zeichneFlaechen(neu);
    zeichneLegende(index.daten, indikator, neu.ebene);
    zeigeSchlagzeile(index.daten, indikator.id, neu.ebene, karte.basis);
    setzeText('#karten-ueberschrift', `Karte: ${indikator.label}, ${ebenenLabel(neu.ebene)}`);
    stelleSteuerungEin(neu, indikator.ebenen);
    schreibeUrl();
    folgen.nachAnwenden(neu);
    performance.mark('karte-ansicht-angewendet');
  };
}

/**
 * Writes the state into the embed code at once (one short text) and into the URL at most once per
 * animation frame (replaceState is the slow part of a switch).
 */
function urlSchreiber(karte: Karte): () => void {
  let geplant = false;
  return () => {
    const code = document.getElementById('einbettcode');
    const ohneAuswahl = schreibeZustand({ ...karte.zustand, auswahl: undefined });
    if (code?.textContent) code.textContent = code.textContent.replace(/karte\/[^"]*"/, `karte/${ohneAuswahl}"`);
    if (geplant) return;
    geplant = true;
    requestAnimationFrame(() => {
      geplant = false;
      history.replaceState(null, '', location.pathname + schreibeZustand(karte.zustand) + location.hash);
    });
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
  if (alt?.fill !== neu.fill) a.firstElementChild?.setAttribute('fill', neu.fill);
  if (alt?.href !== neu.href) a.setAttribute('href', neu.href);
  if (alt?.label !== neu.label) a.setAttribute('aria-label', neu.label);
  if (alt?.ausgewaehlt !== neu.ausgewaehlt) a.classList.toggle('ausgewaehlt', neu.ausgewaehlt);
  if (alt?.verborgen !== neu.verborgen) {
    if (neu.verborgen) a.setAttribute('aria-hidden', 'true');
    else a.removeAttribute('aria-hidden');
  }
  if (!alt && einbettung) a.setAttribute('target', '_top');
}
