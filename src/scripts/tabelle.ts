import { normalisiere } from '../lib/gebiete/suche.ts';

// Sorting and filtering for /tabelle/; without JavaScript the tables show every row, sorted by name.
// Sorting by status follows the order of the filter's status options, which is the legend order.

export function starteTabelle(): void {
  const filter = document.getElementById('tabellen-filter') as HTMLFormElement | null;
  if (!filter) return;
  const anzahl = document.getElementById('tabellen-anzahl')!;
  const tabellen = [...document.querySelectorAll<HTMLTableElement>('table[data-tabelle]')];
  const rang = new Map(
    [...(filter.elements.namedItem('kategorie') as HTMLSelectElement).options].map((o, i) => [o.value, i]),
  );

  function filtere(): void {
    const kreis = (filter!.elements.namedItem('kreis') as HTMLSelectElement).value;
    const merkmal = (filter!.elements.namedItem('merkmal') as HTMLSelectElement).value;
    const kategorie = (filter!.elements.namedItem('kategorie') as HTMLSelectElement).value;
    const name = normalisiere((filter!.elements.namedItem('name') as HTMLInputElement).value);
    let sichtbar = 0;
    let alle = 0;
    for (const zeile of tabellen.flatMap((t) => [...t.tBodies[0]!.rows])) {
      const zelle = zeile.querySelector<HTMLElement>(`td[data-merkmal="${merkmal}"]`);
      const zeigen =
        (kreis === '' || zeile.dataset.kreis === kreis) &&
        (kategorie === '' || zelle?.dataset.kategorie === kategorie) &&
        (name === '' || normalisiere(zeile.cells[0]?.textContent ?? '').includes(name));
      zeile.hidden = !zeigen;
      alle++;
      if (zeigen) sichtbar++;
    }
    anzahl.textContent = `${sichtbar} von ${alle} Gebieten angezeigt`;
  }
  filter.addEventListener('change', filtere);
  filter.addEventListener('input', filtere);

  for (const tabelle of tabellen) {
    tabelle.tHead!.addEventListener('click', (e) => {
      const knopf = (e.target as Element).closest<HTMLButtonElement>('button[data-sortiere]');
      if (!knopf) return;
      const th = knopf.closest('th')!;
      const aufsteigend = th.getAttribute('aria-sort') !== 'ascending';
      for (const x of tabelle.tHead!.querySelectorAll('th[aria-sort]')) x.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', aufsteigend ? 'ascending' : 'descending');
      const schluessel = knopf.dataset.sortiere!;
      const wert = (z: HTMLTableRowElement) =>
        schluessel === 'name'
          ? z.cells[0]!.textContent!.trim()
          : (rang.get(z.querySelector<HTMLElement>(`td[data-merkmal="${schluessel}"]`)?.dataset.kategorie ?? '') ?? 0);
      const zeilen = [...tabelle.tBodies[0]!.rows].sort((a, b) => {
        const x = wert(a);
        const y = wert(b);
        const v = typeof x === 'number' ? x - (y as number) : x.localeCompare(y as string, 'de');
        return aufsteigend ? v : -v;
      });
      tabelle.tBodies[0]!.append(...zeilen);
    });
  }
}
