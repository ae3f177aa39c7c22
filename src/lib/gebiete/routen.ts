import { leitetWeiter, PFAD_SEGMENT } from './adressen.ts';
import { aliase } from './aliase.ts';
import type { Gebiet } from './register.ts';

/**
 * Every URL under /gemeinde/, /amt/ and /kreis/: a page per body, a forward for each twin and
 * each unambiguous name, and a choice for names several Gebiete share.
 */
export type Gebietsroute =
  | { art: 'seite'; gebiet: Gebiet }
  | { art: 'weiterleitung'; ziel: Gebiet }
  | { art: 'auswahl'; name: string; ziele: Gebiet[] };

export type Pfadebene = keyof typeof PFAD_SEGMENT;

/** Names get aliases where a reader would look for them: every Gemeinde, the real Ämter, every Kreis. */
function mitNamen(gebiete: readonly Gebiet[], ebene: Pfadebene): Gebiet[] {
  return gebiete.filter((g) => g.ebene === ebene && (ebene !== 'amt' || g.art === 'amt'));
}

export function gebietsrouten(
  gebiete: readonly Gebiet[],
): { params: { ebene: string; gebiet: string }; props: Gebietsroute }[] {
  const routen: { params: { ebene: string; gebiet: string }; props: Gebietsroute }[] = [];
  for (const ebene of Object.keys(PFAD_SEGMENT) as Pfadebene[]) {
    const segment = PFAD_SEGMENT[ebene];
    for (const g of gebiete.filter((x) => x.ebene === ebene)) {
      routen.push({
        params: { ebene: segment, gebiet: g.schluessel },
        props: leitetWeiter(g) ? { art: 'weiterleitung', ziel: g } : { art: 'seite', gebiet: g },
      });
    }
    for (const a of aliase(mitNamen(gebiete, ebene))) {
      const props: Gebietsroute =
        a.ziele.length === 1
          ? { art: 'weiterleitung', ziel: a.ziele[0]! }
          : { art: 'auswahl', name: a.ziele[0]!.name, ziele: a.ziele };
      routen.push({ params: { ebene: segment, gebiet: a.kurzname }, props });
    }
  }
  return routen;
}

/** The JSON twins: one per Gebiet at its own level (a twin's is a pointer to its Gemeinde). */
export function jsonRouten(
  gebiete: readonly Gebiet[],
): { params: { ebene: string; gebiet: string }; props: { gebiet: Gebiet } }[] {
  return gebiete
    .filter((g) => g.ebene !== 'land')
    .map((g) => ({
      params: { ebene: PFAD_SEGMENT[g.ebene as Pfadebene], gebiet: g.schluessel },
      props: { gebiet: g },
    }));
}

const kurzadressenJe = new WeakMap<readonly Gebiet[], Map<Gebiet, string>>();

/**
 * The short address of each Gebiet whose name is unambiguous at its level ("/gemeinde/greifswald/",
 * without base path): the alias a page shows to be linked and read aloud.
 */
export function kurzadresse(gebiete: readonly Gebiet[], g: Gebiet): string | null {
  let je = kurzadressenJe.get(gebiete);
  if (!je) {
    je = new Map();
    for (const ebene of Object.keys(PFAD_SEGMENT) as Pfadebene[])
      for (const a of aliase(mitNamen(gebiete, ebene)))
        if (a.ziele.length === 1) je.set(a.ziele[0]!, `/${PFAD_SEGMENT[ebene]}/${a.kurzname}/`);
    kurzadressenJe.set(gebiete, je);
  }
  return je.get(g) ?? null;
}
