// The search on its own, for pages without the map (the 404 page): the same combobox and the same data.
import { kartenIndex } from '../lib/karte/info.ts';
import type { KartenDaten } from '../lib/karte/kartendaten.ts';
import type { Karte } from './karte/karte.ts';
import { starteSuche } from './karte/suche.ts';

export function starteSeitensuche(): void {
  const wurzel = document.getElementById('suche-seite');
  const eingabe = document.getElementById('suche-eingabe');
  const adresse = wurzel?.dataset.daten;
  if (!wurzel || !eingabe || !adresse) return;
  const quelle: Pick<Karte, 'basis' | 'index'> = { basis: wurzel.dataset.basis ?? '/' };
  starteSuche(quelle, () => {});
  // The data only when someone starts to search: most visitors of a 404 page follow a link instead.
  let laedt = false;
  const lade = () => {
    if (laedt) return;
    laedt = true;
    fetch(adresse)
      .then((r) => r.json() as Promise<KartenDaten>)
      .then((daten) => {
        quelle.index = kartenIndex(daten);
        // What was typed while the data loaded is searched now.
        if (eingabe instanceof HTMLInputElement && eingabe.value) eingabe.dispatchEvent(new Event('input'));
        wurzel.dataset.bereit = 'ja';
      })
      .catch(() => {
        laedt = false;
      });
  };
  eingabe.addEventListener('focus', lade);
  eingabe.addEventListener('input', lade);
}
