import { naechsterNachbar, type Punkt, richtungVon } from '../../lib/karte/nachbar.ts';
import { flaecheVon, type Karte } from './karte.ts';

export interface Tastatur {
  /** Makes `a` the map's one Tab stop. */
  aktiviere: (a: SVGAElement) => void;
  /** After a level change: the Tab stop moves to a link a screen reader can reach. */
  pruefe: () => void;
}

/** One Tab stop for the whole map; arrow keys move to the neighbouring Gebiet that is offered at this level. */
export function starteTastatur(karte: Karte): Tastatur {
  const { links, svg } = karte;
  const mitte = new Map<SVGAElement, Punkt>();
  for (const a of links) {
    const b = flaecheVon(a)?.getBBox();
    if (b) mitte.set(a, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
  }
  const erreichbar = (a: SVGAElement) => a.getAttribute('aria-hidden') !== 'true';
  let aktiv = links.find((a) => a.dataset.schluessel === karte.zustand.auswahl) ?? links[0];
  for (const a of links) a.setAttribute('tabindex', a === aktiv ? '0' : '-1');

  const aktiviere = (a: SVGAElement) => {
    if (a === aktiv) return;
    aktiv?.setAttribute('tabindex', '-1');
    aktiv = a;
    a.setAttribute('tabindex', '0');
  };
  svg.addEventListener('keydown', (e) => {
    const richtung = richtungVon(e.key);
    if (!richtung || !aktiv) return;
    e.preventDefault();
    const kandidaten = new Map([...mitte].filter(([a]) => a === aktiv || erreichbar(a)));
    const ziel = naechsterNachbar(aktiv, kandidaten, richtung);
    if (!ziel) return;
    aktiviere(ziel);
    ziel.focus();
  });
  return {
    aktiviere,
    pruefe: () => {
      if (aktiv && !erreichbar(aktiv)) {
        const ersatz = links.find((a) => erreichbar(a) && a.getAttribute('href') === aktiv?.getAttribute('href'));
        if (ersatz) aktiviere(ersatz);
      }
    },
  };
}
