/**
 * Words glued to an inline element, such as "in der<a …>Tabelle</a>" or "Atlas</a>enthält", or to a number.
 * Astro drops a line break between text and an element or an inserted value, so a sentence broken there
 * loses its space unless the source says {' '}. Readers see "derTabelle", and so do screen readers.
 */
const INLINE = 'a|abbr|code|em|strong|time';
const DAVOR = new RegExp(`[\\p{L}\\p{N},.;:)]<(?:${INLINE})\\b[^>]*>[^<]{0,30}`, 'gu');
const DANACH = new RegExp(`<\\/(?:${INLINE})>[\\p{L}\\p{N}(]`, 'gu');
/** A word glued to a number or date in German format ("etwa6.000", "Stand31.12.2024"), an inserted value. */
const ZAHL = /\p{L}{2,}(?:\d{1,3}(?:\.\d{3})+|\d{1,2}\.\d{1,2}\.\d{4})/gu;
/** Script, style and SVG hold no running text. */
const OHNE_TEXT = /<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>/g;

/** Each place in a page's HTML where a word touches an inline element or a number, with a little context. */
export function verklebteWoerter(html: string): string[] {
  const text = html.replace(OHNE_TEXT, '');
  const stellen: string[] = [];
  for (const treffer of text.matchAll(DAVOR)) stellen.push(umfeld(text, treffer.index));
  for (const treffer of text.matchAll(DANACH)) stellen.push(umfeld(text, treffer.index));
  for (const treffer of text.replace(/<[^>]*>/g, ' ').matchAll(ZAHL)) stellen.push(treffer[0]);
  return stellen;
}

function umfeld(text: string, stelle: number): string {
  return text.slice(Math.max(0, stelle - 40), stelle + 40).replace(/\s+/g, ' ');
}
