/** A label's horizontal extent. */
export interface Spanne {
  von: number;
  bis: number;
}

/**
 * Stacks labels that would overlap into rows: each goes into the first row where it keeps
 * `abstand` from every label already there. Returns each label's row, in input order, so
 * nearby events (InTG and Kommunalwahl are two months apart) stay legible.
 */
export function etikettenZeilen(spannen: readonly Spanne[], abstand: number): number[] {
  const belegt: Spanne[][] = [];
  return spannen.map((s) => {
    let zeile = belegt.findIndex((reihe) => reihe.every((b) => s.von >= b.bis + abstand || s.bis + abstand <= b.von));
    if (zeile === -1) zeile = belegt.push([]) - 1;
    belegt[zeile]!.push(s);
    return zeile;
  });
}

/**
 * Moves vertical label positions apart until neighbours are at least `abstand` apart, keeping
 * their order and their centre: end labels of lines with equal values must not print on each
 * other. Returns the new positions in input order.
 */
export function entzerren(ys: readonly number[], abstand: number): number[] {
  const folge = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  // Clusters of labels too close to each other are spread evenly around their mean.
  const gruppen: { ys: number[]; is: number[] }[] = [];
  for (const { y, i } of folge) {
    gruppen.push({ ys: [y], is: [i] });
    while (gruppen.length > 1) {
      const b = gruppen.at(-1)!;
      const a = gruppen.at(-2)!;
      const mitteA = mitte(a.ys);
      const mitteB = mitte(b.ys);
      const obenB = mitteB - ((b.ys.length - 1) * abstand) / 2;
      const untenA = mitteA + ((a.ys.length - 1) * abstand) / 2;
      if (obenB - untenA >= abstand) break;
      gruppen.splice(-2, 2, { ys: [...a.ys, ...b.ys], is: [...a.is, ...b.is] });
    }
  }
  const ergebnis = new Array<number>(ys.length);
  for (const g of gruppen) {
    const start = mitte(g.ys) - ((g.ys.length - 1) * abstand) / 2;
    g.is.forEach((i, k) => {
      ergebnis[i] = start + k * abstand;
    });
  }
  return ergebnis;
}

function mitte(werte: readonly number[]): number {
  return werte.reduce((s, w) => s + w, 0) / werte.length;
}

export interface Markenetikett {
  /** Where the marked line is. */
  x: number;
  breite: number;
}

export interface Platzierung {
  anker: 'start' | 'end';
  zeile: number;
}

/**
 * Places each label of a vertical marker right of its line ("start") or left of it ("end"),
 * inside [links, rechts], so that all labels take as few rows as possible; on a tie, labels
 * right of their line win. There are only a handful of marked days, so every combination is
 * tried.
 */
export function markenSetzen(
  etiketten: readonly Markenetikett[],
  links: number,
  rechts: number,
  abstand: number,
): Platzierung[] {
  const spanne = (e: Markenetikett, anker: 'start' | 'end'): Spanne =>
    anker === 'start' ? { von: e.x, bis: e.x + e.breite } : { von: e.x - e.breite, bis: e.x };
  const passt = (s: Spanne) => s.von >= links && s.bis <= rechts;
  let beste: { anker: ('start' | 'end')[]; zeilen: number[]; hoehe: number; links: number } | undefined;
  const n = Math.min(etiketten.length, 10);
  for (let maske = 0; maske < 2 ** n; maske++) {
    const anker = etiketten.map((_, i): 'start' | 'end' => (i < n && maske & (1 << i) ? 'end' : 'start'));
    const spannen = etiketten.map((e, i) => spanne(e, anker[i]!));
    if (spannen.some((s, i) => !passt(s) && passt(spanne(etiketten[i]!, anker[i] === 'start' ? 'end' : 'start'))))
      continue;
    const zeilen = etikettenZeilen(spannen, abstand);
    const hoehe = Math.max(0, ...zeilen.map((z) => z + 1));
    const linksZahl = anker.filter((a) => a === 'end').length;
    if (!beste || hoehe < beste.hoehe || (hoehe === beste.hoehe && linksZahl < beste.links))
      beste = { anker, zeilen, hoehe, links: linksZahl };
  }
  return etiketten.map((_, i) => ({ anker: beste?.anker[i] ?? 'start', zeile: beste?.zeilen[i] ?? 0 }));
}
