/**
 * The draft of the answer form, as kept in the browser's localStorage. Whatever is stored there may
 * come from an older version, another tab or a hand edit, so reading it never trusts its shape:
 * a draft that is not exactly what `entwurfText` writes is discarded as a whole.
 */

/** The storage key; the version suffix changes when the shape does. */
export const ENTWURF_SCHLUESSEL = 'integrationsatlas-mv:musterabfrage:entwurf:v1';

export interface Entwurf {
  /** ISO timestamp of the last save. */
  gespeichert: string;
  /** Form field name → value; a null-prototype object, so a field called "constructor" is only a field. */
  werte: Readonly<Record<string, string>>;
  /** Question ids whose "unbekannt" box was ticked. */
  unbekannt: readonly string[];
}

export type EntwurfGelesen = { art: 'keiner' } | { art: 'verworfen' } | { art: 'entwurf'; entwurf: Entwurf };

const istObjekt = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function leseWerte(x: unknown): Record<string, string> | undefined {
  if (!istObjekt(x)) return undefined;
  const werte: Record<string, string> = Object.create(null);
  for (const [name, wert] of Object.entries(x)) {
    if (typeof wert !== 'string') return undefined;
    werte[name] = wert;
  }
  return werte;
}

/** Reads the stored text; `null` (nothing stored) is no draft, anything malformed is `verworfen`. */
export function leseEntwurf(text: string | null): EntwurfGelesen {
  if (text === null || text === '') return { art: 'keiner' };
  let roh: unknown;
  try {
    roh = JSON.parse(text);
  } catch {
    return { art: 'verworfen' };
  }
  if (!istObjekt(roh)) return { art: 'verworfen' };
  const werte = leseWerte(roh.werte);
  const { gespeichert } = roh;
  // An older draft may lack the ticked boxes; that is no reason to throw the answers away.
  const unbekannt = roh.unbekannt ?? [];
  if (
    !werte ||
    typeof gespeichert !== 'string' ||
    Number.isNaN(Date.parse(gespeichert)) ||
    !Array.isArray(unbekannt) ||
    !unbekannt.every((u) => typeof u === 'string')
  ) {
    return { art: 'verworfen' };
  }
  return { art: 'entwurf', entwurf: { gespeichert, werte, unbekannt } };
}

/** The text to store for the current form. */
export function entwurfText(
  werte: Readonly<Record<string, string>>,
  unbekannt: readonly string[],
  jetzt: Date,
): string {
  return JSON.stringify({ gespeichert: jetzt.toISOString(), werte, unbekannt } satisfies Entwurf);
}
