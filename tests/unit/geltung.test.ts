import { describe, expect, it } from 'vitest';
import { befund, nachGeltung, richtetSichAn } from '../../src/lib/strukturen/geltung.ts';
import { TEST_REGISTER } from '../hilfen/register.ts';

const g = (s: string) => TEST_REGISTER.get(s)!;
const beirat = { einwohner_ueber: 10000, grenzbereich_prozent: 5 };

describe('richtetSichAn', () => {
  it('maps each addressee to the kinds of Gebiet it names', () => {
    const wer = (a: Parameters<typeof richtetSichAn>[0]) =>
      ['13', '13003', '13075', '130755553', '13003000', '13075039', '13075142'].filter((s) => richtetSichAn(a, g(s)));
    expect(wer('Land')).toEqual(['13']);
    expect(wer('Kommunen')).toEqual(['13003', '13075', '130755553', '13003000', '13075039', '13075142']);
    // A kreisfreie Stadt is a Kreis too, also on its Gemeinde page.
    expect(wer('Kreise')).toEqual(['13003', '13075', '13003000']);
    expect(wer('Gemeinden')).toEqual(['13003000', '13075039', '13075142']);
  });
});

describe('befund', () => {
  it('applies a statement without threshold to every addressee', () => {
    expect(befund({ einwohner_ueber: undefined, grenzbereich_prozent: undefined }, {})).toEqual({
      geltung: 'gilt',
      grund: 'adressat',
    });
  });

  it('decides clear cases by the population figure', () => {
    expect(befund(beirat, { einwohner: 56092 })).toEqual({ geltung: 'gilt', grund: 'ueber-schwelle' });
    expect(befund(beirat, { einwohner: 10991 })).toEqual({ geltung: 'gilt', grund: 'ueber-schwelle' });
    expect(befund(beirat, { einwohner: 9076 })).toEqual({ geltung: 'gilt-nicht', grund: 'unter-schwelle' });
  });

  it('shows Grevesmühlen and Demmin as borderline, not as certain', () => {
    expect(befund(beirat, { einwohner: 10167 })).toEqual({ geltung: 'grenzfall', grund: 'nahe-schwelle' });
    expect(befund(beirat, { einwohner: 9583 })).toEqual({ geltung: 'grenzfall', grund: 'nahe-schwelle' });
    expect(befund(beirat, { einwohner: 9500 }).geltung).toBe('grenzfall');
    expect(befund(beirat, { einwohner: 9499 }).geltung).toBe('gilt-nicht');
  });

  it('without a borderline band, "mehr als" is strict', () => {
    expect(befund({ einwohner_ueber: 10000, grenzbereich_prozent: undefined }, { einwohner: 10000 }).geltung).toBe(
      'gilt-nicht',
    );
    expect(befund({ einwohner_ueber: 10000, grenzbereich_prozent: undefined }, { einwohner: 10001 }).geltung).toBe(
      'gilt',
    );
  });

  it('says "most likely not" for a missing figure only with a completeness promise well below the band', () => {
    expect(befund(beirat, { erfasstAb: 6000 })).toEqual({ geltung: 'wohl-nicht', grund: 'nicht-erfasst' });
    expect(befund(beirat, { erfasstAb: 9600 })).toEqual({ geltung: 'unbekannt', grund: 'einwohner-unbekannt' });
    expect(befund(beirat, {})).toEqual({ geltung: 'unbekannt', grund: 'einwohner-unbekannt' });
  });
});

describe('nachGeltung', () => {
  it('lists what concerns the Gebiet first and keeps the data order within each group', () => {
    const e = [
      { id: 'a', geltung: 'wohl-nicht' },
      { id: 'b', geltung: 'gilt' },
      { id: 'c', geltung: 'grenzfall' },
      { id: 'd', geltung: 'gilt' },
    ] as const;
    expect(nachGeltung(e).map((x) => x.id)).toEqual(['b', 'd', 'c', 'a']);
  });
});
