// The map's island: everything here enhances a map that is already complete without JavaScript.
import { kartenIndex } from '../../lib/karte/info.ts';
import type { KartenDaten } from '../../lib/karte/kartendaten.ts';
import { leseZustand, STANDARD_ZUSTAND, schreibeZustand } from '../../lib/karte/zustand.ts';
import { starteAntippen } from './antippen.ts';
import { erstelleAnwenden } from './anwenden.ts';
import type { Karte } from './karte.ts';
import { starteSuche } from './suche.ts';
import { starteTastatur } from './tastatur.ts';
import { starteTooltip } from './tooltip.ts';
import { starteZoom } from './zoom.ts';

/**
 * Each shape's Gemeinde key, taken from its link (/gemeinde/<AGS>/) before any view rewrites it: the HTML
 * does not repeat the key in an attribute (3 KB gzip less on the home page).
 */
function mitSchluessel(links: SVGAElement[]): SVGAElement[] {
  for (const a of links) a.dataset.schluessel = /(\d+)\/$/.exec(a.getAttribute('href') ?? '')?.[1] ?? '';
  return links;
}

export function starteKarte(): void {
  const wurzel = document.getElementById('karten-ansicht');
  const svg = document.getElementById('karte');
  if (!wurzel || !(svg instanceof SVGSVGElement)) return;
  const karte: Karte = {
    wurzel,
    svg,
    links: mitSchluessel([...svg.querySelectorAll<SVGAElement>('#karte-gemeinden a')]),
    basis: wurzel.dataset.basis ?? '/',
    einbettung: wurzel.dataset.einbettung === 'ja',
    zustand: { ...STANDARD_ZUSTAND, auswahl: new URLSearchParams(location.search).get('auswahl') ?? undefined },
  };
  const zoom = starteZoom(karte);
  const tastatur = starteTastatur(karte);
  const wendeAn = erstelleAnwenden(karte, { nachAnwenden: () => tastatur.pruefe() });
  starteTooltip(karte);
  starteAntippen(karte);
  starteSuche(karte, (auswahl) => wendeAn({ ...karte.zustand, auswahl }));

  document.getElementById('karten-steuerung')?.addEventListener('change', (e) => {
    const feld = e.target;
    if (!karte.index || !(feld instanceof HTMLInputElement || feld instanceof HTMLSelectElement)) return;
    const gewuenscht = { ...karte.zustand, [feld.name]: feld.value };
    wendeAn(leseZustand(schreibeZustand(gewuenscht), karte.index.daten.indikatoren));
  });

  const adresse = wurzel.dataset.daten;
  if (!adresse) return;
  fetch(adresse)
    .then((r) => r.json() as Promise<KartenDaten>)
    .then((daten) => {
      karte.index = kartenIndex(daten);
      const zustand = leseZustand(location.search, daten.indikatoren);
      wendeAn(zustand);
      if (zustand.auswahl) zoom.auf(karte.links.filter((a) => a.classList.contains('ausgewaehlt')));
      wurzel.dataset.bereit = 'ja';
    })
    .catch(() => {
      // Without the data the default view stays as rendered; nothing else depends on it.
    });
}
