import { describe, expect, it } from 'vitest';
import { verklebteWoerter } from '../../src/lib/messen/verklebt.ts';

describe('verklebteWoerter', () => {
  it('finds a word glued to a link on either side', () => {
    expect(verklebteWoerter('<p>stehen in der<a href="/tabelle/">Tabelle</a>.</p>')).toHaveLength(1);
    expect(verklebteWoerter('<p>Die <a href="/daten/">Einwohnertabelle</a>enthält alle</p>')).toHaveLength(1);
    expect(verklebteWoerter('<p>mit<code>.json</code></p>')).toHaveLength(1);
    expect(verklebteWoerter('<p>ausgewählt ist:<a href="/x/">Link</a></p>')).toHaveLength(1);
  });

  it('finds a word glued to a number in German format', () => {
    expect(verklebteWoerter('<p>ab etwa6.000 Einwohnern (mehr als10.000)</p>')).toEqual(['etwa6.000', 'als10.000']);
    expect(verklebteWoerter('<p>Stand31.12.2024</p>')).toEqual(['Stand31.12.2024']);
    expect(verklebteWoerter('<p>ab etwa 6.000, <a href="/gemeinde/13075039/">Greifswald</a> A4</p>')).toEqual([]);
  });

  it('accepts spaces, punctuation after an element and elements at the start of a block', () => {
    expect(verklebteWoerter('<p>in der <a href="/t/">Tabelle</a>. Mehr (<a href="/q/">Quelle</a>)</p>')).toEqual([]);
    expect(verklebteWoerter('<li><a href="/x/">Rostock</a></li><p><strong>Online:</strong> Text</p>')).toEqual([]);
  });

  it('ignores scripts, styles and SVG', () => {
    expect(verklebteWoerter('<script>x="a<a>b</a>c"</script><svg><text>a<a>b</a>c</text></svg>')).toEqual([]);
  });
});
