import { einzahlVon } from '../../lib/gebiete/ebenennamen.ts';
import { suche } from '../../lib/gebiete/suche.ts';
import { type KartenGebiet, pfadVon } from '../../lib/karte/kartendaten.ts';
import type { Karte } from './karte.ts';

/** At an equal match, the larger body first: "Rügen" finds the Landkreis before Garz/Rügen. */
const VORRANG = { kreis: 0, amt: 1, gemeinde: 2, land: 3 } as const;

/**
 * Search as an ARIA combobox: the first hit is highlighted, Enter opens its page, moving through hits
 * shows them on the map.
 */
export function starteSuche(karte: Pick<Karte, 'basis' | 'index'>, zeigeAuswahl: (schluessel: string) => void): void {
  const eingabe = document.getElementById('suche-eingabe');
  const liste = document.getElementById('suche-liste');
  const status = document.getElementById('suche-status');
  if (!(eingabe instanceof HTMLInputElement) || !liste || !status) return;
  let treffer: KartenGebiet[] = [];
  let index = -1;
  const oeffne = (g: KartenGebiet) => location.assign(karte.basis + pfadVon(g));
  const oeffneListe = (offen: boolean) => {
    liste.hidden = !offen;
    eingabe.setAttribute('aria-expanded', String(offen));
  };
  const markiere = (i: number, zeigen: boolean) => {
    index = i;
    for (const [j, li] of [...liste.children].entries()) li.setAttribute('aria-selected', String(j === i));
    const li = liste.children[i];
    const g = treffer[i];
    if (!li || !g) return eingabe.removeAttribute('aria-activedescendant');
    eingabe.setAttribute('aria-activedescendant', li.id);
    li.scrollIntoView({ block: 'nearest' });
    if (zeigen) zeigeAuswahl(g.s);
  };

  eingabe.addEventListener('input', () => {
    const index = karte.index;
    if (!index) return;
    treffer = suche(
      index.daten.gebiete.filter((g) => !g.z),
      eingabe.value,
      8,
      (g) => VORRANG[g.e],
    );
    liste.replaceChildren(...treffer.map((g, i) => option(g, i, index.gebiet, () => oeffne(g))));
    oeffneListe(treffer.length > 0);
    markiere(treffer.length > 0 ? 0 : -1, false);
    const kurz = eingabe.value.trim().length < 2;
    status.textContent = kurz ? '' : treffer.length > 0 ? `${treffer.length} Treffer` : 'Keine Treffer';
  });
  eingabe.addEventListener('keydown', (e) => {
    const n = treffer.length;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && n > 0) {
      e.preventDefault();
      const offen = !liste.hidden;
      oeffneListe(true);
      const schritt = e.key === 'ArrowDown' ? 1 : -1;
      markiere(offen ? (index + schritt + n) % n : 0, true);
    } else if (e.key === 'Enter') {
      const g = treffer[index] ?? treffer[0];
      if (g) {
        e.preventDefault();
        oeffne(g);
      }
    } else if (e.key === 'Escape') {
      oeffneListe(false);
      markiere(-1, false);
    }
  });
  eingabe.addEventListener('blur', () => setTimeout(() => oeffneListe(false), 150));
}

function option(g: KartenGebiet, i: number, gebiet: ReadonlyMap<string, KartenGebiet>, oeffne: () => void) {
  const li = document.createElement('li');
  li.id = `suche-option-${i}`;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.className = 'px-2 py-1 cursor-pointer aria-selected:bg-marine aria-selected:text-white';
  const zusatz = g.e === 'gemeinde' && g.k ? `, ${gebiet.get(g.k)?.n ?? ''}` : '';
  li.textContent = `${g.n} (${einzahlVon(g.e)}${zusatz})`;
  li.addEventListener('click', oeffne);
  return li;
}
