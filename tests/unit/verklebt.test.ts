import { describe, expect, it } from 'vitest';
import { verklebteWoerter } from '../../src/lib/messen/verklebt.ts';

describe('verklebteWoerter', () => {
  it('finds a word glued to a link on either side', () => {
    expect(verklebteWoerter('<p>stehen in der<a href="/tabelle/">Tabelle</a>.</p>')).toHaveLength(1);
    expect(verklebteWoerter('<p>Die <a href="/daten/">Einwohnertabelle</a>enthält alle</p>')).toHaveLength(1);
    expect(verklebteWoerter('<p>mit<code>.json</code></p>')).toHaveLength(1);
    expect(verklebteWoerter('<p>ausgewählt ist:<a href="/x/">Link</a></p>')).toHaveLength(1);
  });

  it('accepts spaces, punctuation after an element and elements at the start of a block', () => {
    expect(verklebteWoerter('<p>in der <a href="/t/">Tabelle</a>. Mehr (<a href="/q/">Quelle</a>)</p>')).toEqual([]);
    expect(verklebteWoerter('<li><a href="/x/">Rostock</a></li><p><strong>Online:</strong> Text</p>')).toEqual([]);
  });

  it('ignores scripts, styles and SVG', () => {
    expect(verklebteWoerter('<script>x="a<a>b</a>c"</script><svg><text>a<a>b</a>c</text></svg>')).toEqual([]);
  });
});
