/**
 * Words glued to an inline element, such as "in der<a …>Tabelle</a>" or "Atlas</a>enthält". Astro drops a
 * line break between text and an element, so a sentence broken before a link loses its space unless the
 * source says {' '}. Readers see "derTabelle"; screen readers and copied text run the words together.
 */
const INLINE = 'a|abbr|code|em|strong|time';
const DAVOR = new RegExp(`[\\p{L}\\p{N},.;:)]<(?:${INLINE})\\b[^>]*>[^<]{0,30}`, 'gu');
const DANACH = new RegExp(`<\\/(?:${INLINE})>[\\p{L}\\p{N}(]`, 'gu');
/** Script, style and SVG hold no running text. */
const OHNE_TEXT = /<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>/g;

/** Each place in a page's HTML where a word touches an inline element, with a little context. */
export function verklebteWoerter(html: string): string[] {
  const text = html.replace(OHNE_TEXT, '');
  const stellen: string[] = [];
  for (const treffer of text.matchAll(DAVOR)) stellen.push(umfeld(text, treffer.index));
  for (const treffer of text.matchAll(DANACH)) stellen.push(umfeld(text, treffer.index));
  return stellen;
}

function umfeld(text: string, stelle: number): string {
  return text.slice(Math.max(0, stelle - 40), stelle + 40).replace(/\s+/g, ' ');
}
