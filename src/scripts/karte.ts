// The map's island: everything here enhances a map that is already complete without JavaScript.
import { datumDeutsch } from '../lib/darstellung/format.ts';
import type { Indikator, IndikatorKategorie } from '../lib/karte/indikatoren.ts';
import { einheitVon, type KartenDaten, type KartenGebiet } from '../lib/karte/kartendaten.ts';
import {
  EBENEN_DATIV,
  EBENEN_LABEL,
  leseZustand,
  schreibeZustand,
  STANDARD_ZUSTAND,
  type KartenEbene,
  type KartenZustand,
} from '../lib/karte/zustand.ts';
import { suche } from '../lib/gebiete/suche.ts';

const EBENE_NAME = { gemeinde: 'Gemeinde', amt: 'Amt', kreis: 'Kreis', land: 'Land' } as const;
const SVG_NS = 'http://www.w3.org/2000/svg';

export function starteKarte(): void {
  const wurzel = document.getElementById('karten-ansicht');
  const svg = document.getElementById('karte') as SVGSVGElement | null;
  if (!wurzel || !svg) return;
  const basis = wurzel.dataset.basis ?? '/';
  const einbettung = wurzel.dataset.einbettung === 'ja';
  const links = [...svg.querySelectorAll<SVGAElement>('#karte-gemeinden a')];
  let zustand: KartenZustand = {
    ...STANDARD_ZUSTAND,
    auswahl: new URLSearchParams(location.search).get('auswahl') ?? undefined,
  };
  let daten: KartenDaten | undefined;
  let gebiet = new Map<string, KartenGebiet>();

  for (const id of ['karten-steuerung', 'suche', 'karte-zoom']) document.getElementById(id)?.removeAttribute('hidden');

  fetch(wurzel.dataset.daten!)
    .then((r) => r.json() as Promise<KartenDaten>)
    .then((d) => {
      daten = d;
      gebiet = new Map(d.gebiete.map((g) => [g.s, g]));
      wendeAn(leseZustand(location.search, d.indikatoren), { zoomen: true });
      wurzel.dataset.bereit = 'ja';
    })
    .catch(() => {
      // Without the data the default view stays as rendered; nothing else depends on it.
    });

  /** Colours, labels, link targets, legend and URL for a view. */
  const indikatorVon = (id: string) => daten!.indikatoren.find((i) => i.id === id)!;
  const kategorieVon = (i: Indikator, wert: string) => i.kategorien.find((k) => k.wert === wert)!;

  function wendeAn(neu: KartenZustand, opts: { zoomen?: boolean } = {}): void {
    if (!daten) return;
    zustand = neu;
    const indikator = indikatorVon(neu.merkmal);
    const werte = daten.bewertung[neu.merkmal]!;
    svg!.dataset.ebene = neu.ebene;
    for (const a of links) {
      const g = gebiet.get(a.dataset.schluessel!)!;
      const einheit = gebiet.get(einheitVon(g, neu.ebene))!;
      const kategorie = kategorieVon(indikator, werte[einheit.s]![0]);
      a.firstElementChild!.setAttribute('fill', kategorie.fuellung);
      a.setAttribute('href', basis + einheit.p);
      a.setAttribute('aria-label', `${einheit.n}: ${indikator.label} ${kategorie.label}`);
      if (einbettung) a.setAttribute('target', '_top');
      a.classList.toggle('ausgewaehlt', neu.auswahl !== undefined && [g.s, g.a, g.k].includes(neu.auswahl));
    }
    zeichneLegende(indikator, neu.ebene);
    setzeText('#karten-ueberschrift', `Karte: ${indikator.label}, ${EBENEN_LABEL[neu.ebene]}`);
    for (const input of document.querySelectorAll<HTMLInputElement>('#karten-steuerung input')) {
      input.checked = input.value === (input.name === 'ebene' ? neu.ebene : neu.merkmal);
      if (input.name === 'ebene') input.disabled = !indikator.ebenen.includes(input.value as KartenEbene);
    }
    history.replaceState(null, '', location.pathname + schreibeZustand(neu) + location.hash);
    const code = document.getElementById('einbettcode');
    if (code)
      code.textContent = code.textContent!.replace(
        /karte\/[^"]*"/,
        `karte/${schreibeZustand({ ...neu, auswahl: undefined })}"`,
      );
    if (opts.zoomen && neu.auswahl) zoomeAuf(links.filter((a) => a.classList.contains('ausgewaehlt')));
    performance.mark('karte-ansicht-angewendet');
  }

  function zeichneLegende(indikator: Indikator, ebene: KartenEbene): void {
    const anzahl = daten!.legende[indikator.id]![ebene]!;
    const gesamt = Object.values(anzahl).reduce((x, y) => x + y, 0);
    document
      .getElementById('legende-liste')
      ?.replaceChildren(
        ...indikator.kategorien.map((k) => legendenEintrag(k, anzahl[k.wert]!, gesamt, EBENEN_DATIV[ebene])),
      );
    setzeText('[data-legende-merkmal]', indikator.label);
    setzeText('[data-legende-ebene]', EBENEN_LABEL[ebene]);
    setzeText('[data-legende-hinweis]', indikator.hinweis);
  }

  /** The same markup as Legende.astro renders for the default view. */
  function legendenEintrag(k: IndikatorKategorie, anzahl: number, gesamt: number, einheit: string): HTMLLIElement {
    const li = element('li', 'flex gap-2 items-start');
    li.dataset.kategorie = k.wert;
    const feld = document.createElementNS(SVG_NS, 'svg');
    for (const [n, w] of [
      ['width', '22'],
      ['height', '16'],
      ['class', 'shrink-0 mt-0.5'],
      ['aria-hidden', 'true'],
    ])
      feld.setAttribute(n!, w!);
    const rechteck = document.createElementNS(SVG_NS, 'rect');
    for (const [n, w] of [
      ['x', '1'],
      ['y', '1'],
      ['width', '20'],
      ['height', '14'],
      ['fill', k.fuellung],
      ['stroke', '#444'],
      ['stroke-width', '1'],
    ])
      rechteck.setAttribute(n!, w!);
    feld.append(rechteck);
    const text = element('span');
    const titel = element('strong', '', k.label);
    titel.dataset.label = '';
    const zahl = element('span', '', String(anzahl));
    zahl.dataset.anzahl = '';
    const erklaerung = element('span', 'block text-sm text-gray-700', k.erklaerung);
    text.append(titel, ': ', zahl, ` von ${gesamt} ${einheit}`, erklaerung);
    li.append(feld, text);
    return li;
  }

  function element<K extends keyof HTMLElementTagNameMap>(tag: K, klasse = '', text = ''): HTMLElementTagNameMap[K] {
    const e = document.createElement(tag);
    if (klasse) e.className = klasse;
    if (text) e.textContent = text;
    return e;
  }

  function setzeText(selektor: string, text: string): void {
    const el = document.querySelector(selektor);
    if (el) el.textContent = text;
  }

  document.getElementById('karten-steuerung')?.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    const gewuenscht = { ...zustand, [input.name]: input.value };
    wendeAn(leseZustand(schreibeZustand(gewuenscht), daten!.indikatoren));
  });

  // Tooltip: on hover and on focus; Escape hides it (WCAG 1.4.13).
  const tooltip = document.getElementById('karte-tooltip')!;
  const ansage = document.getElementById('karte-ansage')!;
  function zeigeTooltip(a: SVGAElement, x?: number, y?: number): void {
    if (!daten) return;
    const g = gebiet.get(a.dataset.schluessel!)!;
    const einheit = gebiet.get(einheitVon(g, zustand.ebene))!;
    const indikator = indikatorVon(zustand.merkmal);
    const [kategorie, stand, ueber, herkunft] = daten.bewertung[zustand.merkmal]![einheit.s]!;
    const zeilen = [
      `${indikator.label}: ${kategorieVon(indikator, kategorie).label}`,
      ...(ueber ? [`über ${gebiet.get(ueber)?.n ?? ueber}`] : []),
      // A Selbstauskunft names its day itself ("… vom 12.03.2027").
      herkunft ?? `Stand: ${stand ? datumDeutsch(stand) : 'unbekannt'}`,
    ];
    const titel = document.createElement('strong');
    titel.textContent = einheit.n;
    tooltip.replaceChildren(
      titel,
      ...zeilen.map((z) => Object.assign(document.createElement('span'), { textContent: z, className: 'block' })),
    );
    tooltip.hidden = false;
    const rahmen = svg!.parentElement!.getBoundingClientRect();
    const box = a.getBoundingClientRect();
    const px = (x ?? box.left + box.width / 2) - rahmen.left;
    const py = (y ?? box.top + box.height / 2) - rahmen.top;
    tooltip.style.left = `${Math.min(Math.max(4, px + 12), rahmen.width - tooltip.offsetWidth - 4)}px`;
    tooltip.style.top = `${py + 16 + tooltip.offsetHeight > rahmen.height ? py - tooltip.offsetHeight - 8 : py + 16}px`;
  }
  const verbergeTooltip = () => (tooltip.hidden = true);
  svg.addEventListener('pointermove', (e) => {
    const a = (e.target as Element).closest<SVGAElement>('#karte-gemeinden a');
    if (a) zeigeTooltip(a, e.clientX, e.clientY);
    else verbergeTooltip();
  });
  svg.addEventListener('pointerleave', verbergeTooltip);
  svg.addEventListener('focusin', (e) => {
    const a = e.target as SVGAElement;
    zeigeTooltip(a);
    ansage.textContent = tooltip.textContent ?? '';
  });
  svg.addEventListener('focusout', verbergeTooltip);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') verbergeTooltip();
  });

  // Keyboard: one tab stop for the whole map; arrow keys move to the neighbouring Gemeinde.
  const mitte = new Map(
    links.map((a) => {
      const b = (a.firstElementChild as SVGGraphicsElement).getBBox();
      return [a, { x: b.x + b.width / 2, y: b.y + b.height / 2 }];
    }),
  );
  let aktiv = links.find((a) => a.dataset.schluessel === zustand.auswahl) ?? links[0]!;
  links.forEach((a) => a.setAttribute('tabindex', a === aktiv ? '0' : '-1'));
  const RICHTUNG: Record<string, [number, number]> = {
    ArrowRight: [1, 0],
    ArrowLeft: [-1, 0],
    ArrowDown: [0, 1],
    ArrowUp: [0, -1],
  };
  svg.addEventListener('keydown', (e) => {
    const r = RICHTUNG[e.key];
    if (e.key === '+' || e.key === '-') {
      zoome(e.key === '+' ? 0.7 : 1 / 0.7);
      e.preventDefault();
      return;
    }
    if (!r) return;
    e.preventDefault();
    const von = mitte.get(aktiv)!;
    let bester: SVGAElement | undefined;
    let besteWertung = Infinity;
    for (const [a, p] of mitte) {
      const entlang = (p.x - von.x) * r[0] + (p.y - von.y) * r[1];
      if (a === aktiv || entlang <= 0) continue;
      const quer = Math.abs((p.x - von.x) * r[1] - (p.y - von.y) * r[0]);
      const wertung = entlang + 2 * quer;
      if (wertung < besteWertung) [bester, besteWertung] = [a, wertung];
    }
    if (!bester) return;
    aktiv.setAttribute('tabindex', '-1');
    aktiv = bester;
    aktiv.setAttribute('tabindex', '0');
    aktiv.focus();
  });

  // Zoom and pan by changing the viewBox; borders keep their width (vector-effect in CSS).
  const ganz = svg.viewBox.baseVal;
  const start = { x: ganz.x, y: ganz.y, w: ganz.width, h: ganz.height };
  let ansicht = { ...start };
  const setzeAnsicht = (v: typeof ansicht) => {
    ansicht = v;
    svg.setAttribute('viewBox', `${v.x} ${v.y} ${v.w} ${v.h}`);
  };
  function zoome(faktor: number, mx = ansicht.x + ansicht.w / 2, my = ansicht.y + ansicht.h / 2): void {
    const w = Math.min(start.w, Math.max(start.w / 16, ansicht.w * faktor));
    const h = (w / start.w) * start.h;
    setzeAnsicht({ x: mx - ((mx - ansicht.x) * w) / ansicht.w, y: my - ((my - ansicht.y) * h) / ansicht.h, w, h });
  }
  function zoomeAuf(auswahl: SVGAElement[]): void {
    if (auswahl.length === 0) return;
    const boxen = auswahl.map((a) => (a.firstElementChild as SVGGraphicsElement).getBBox());
    const x0 = Math.min(...boxen.map((b) => b.x));
    const y0 = Math.min(...boxen.map((b) => b.y));
    const x1 = Math.max(...boxen.map((b) => b.x + b.width));
    const y1 = Math.max(...boxen.map((b) => b.y + b.height));
    const w = Math.min(start.w, Math.max(start.w / 16, (x1 - x0) * 3, ((y1 - y0) * 3 * start.w) / start.h));
    const h = (w / start.w) * start.h;
    setzeAnsicht({ x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h });
  }
  document.getElementById('karte-zoom')?.addEventListener('click', (e) => {
    const knopf = (e.target as Element).closest<HTMLButtonElement>('button[data-zoom]');
    if (!knopf) return;
    if (knopf.dataset.zoom === 'zurueck') setzeAnsicht({ ...start });
    else zoome(knopf.dataset.zoom === 'rein' ? 0.6 : 1 / 0.6);
  });
  svg.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const p = punktImSvg(e.clientX, e.clientY);
      zoome(e.deltaY < 0 ? 0.85 : 1 / 0.85, p.x, p.y);
    },
    { passive: false },
  );
  let ziehen: { x: number; y: number; v: typeof ansicht; bewegt: boolean } | undefined;
  svg.addEventListener('pointerdown', (e) => {
    if (ansicht.w >= start.w) return;
    ziehen = { x: e.clientX, y: e.clientY, v: { ...ansicht }, bewegt: false };
  });
  svg.addEventListener('pointermove', (e) => {
    if (!ziehen) return;
    const massstab = ansicht.w / svg.getBoundingClientRect().width;
    const dx = (e.clientX - ziehen.x) * massstab;
    const dy = (e.clientY - ziehen.y) * massstab;
    if (Math.abs(dx) + Math.abs(dy) > 3 * massstab) ziehen.bewegt = true;
    if (ziehen.bewegt) setzeAnsicht({ ...ziehen.v, x: ziehen.v.x - dx, y: ziehen.v.y - dy });
  });
  svg.addEventListener('click', (e) => {
    if (ziehen?.bewegt) e.preventDefault();
    ziehen = undefined;
  });
  window.addEventListener('pointerup', () => setTimeout(() => (ziehen = undefined), 0));
  function punktImSvg(cx: number, cy: number) {
    const r = svg!.getBoundingClientRect();
    return {
      x: ansicht.x + ((cx - r.left) / r.width) * ansicht.w,
      y: ansicht.y + ((cy - r.top) / r.height) * ansicht.h,
    };
  }

  starteSuche();

  // Search: ARIA combobox; Enter opens the Gebiet's page, moving through options highlights it on the map.
  function starteSuche(): void {
    const eingabe = document.getElementById('suche-eingabe') as HTMLInputElement | null;
    const liste = document.getElementById('suche-liste');
    const status = document.getElementById('suche-status');
    if (!eingabe || !liste || !status) return;
    let treffer: KartenGebiet[] = [];
    let index = -1;
    const schliessen = () => {
      liste.hidden = true;
      eingabe.setAttribute('aria-expanded', 'false');
      eingabe.removeAttribute('aria-activedescendant');
      index = -1;
    };
    const markiere = (i: number) => {
      index = i;
      [...liste.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
      const li = liste.children[i];
      if (li) {
        eingabe.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({ block: 'nearest' });
        wendeAn({ ...zustand, auswahl: treffer[i]!.s });
      }
    };
    const oeffne = (g: KartenGebiet) => location.assign(basis + g.p);
    eingabe.addEventListener('input', () => {
      if (!daten) return;
      treffer = suche(
        daten.gebiete.filter((g) => !g.z),
        eingabe.value,
      );
      liste.replaceChildren(
        ...treffer.map((g, i) => {
          const li = document.createElement('li');
          li.id = `suche-option-${i}`;
          li.setAttribute('role', 'option');
          li.setAttribute('aria-selected', 'false');
          li.className = 'px-2 py-1 cursor-pointer aria-selected:bg-marine aria-selected:text-white';
          const zusatz = g.e === 'gemeinde' && g.k ? `, ${gebiet.get(g.k)?.n ?? ''}` : '';
          li.textContent = `${g.n} (${EBENE_NAME[g.e]}${zusatz})`;
          li.addEventListener('click', () => oeffne(g));
          return li;
        }),
      );
      const offen = treffer.length > 0;
      liste.hidden = !offen;
      eingabe.setAttribute('aria-expanded', String(offen));
      index = -1;
      status.textContent = eingabe.value.trim().length < 2 ? '' : offen ? `${treffer.length} Treffer` : 'Keine Treffer';
    });
    eingabe.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && treffer.length > 0) {
        e.preventDefault();
        liste.hidden = false;
        eingabe.setAttribute('aria-expanded', 'true');
        markiere((index + 1) % treffer.length);
      } else if (e.key === 'ArrowUp' && treffer.length > 0) {
        e.preventDefault();
        markiere((index - 1 + treffer.length) % treffer.length);
      } else if (e.key === 'Enter') {
        const g = treffer[index] ?? treffer[0];
        if (g) {
          e.preventDefault();
          oeffne(g);
        }
      } else if (e.key === 'Escape') {
        schliessen();
      }
    });
    eingabe.addEventListener('blur', () => setTimeout(schliessen, 150));
  }
}
