import { registerAus, type Gebiet } from '../../src/lib/gebiete/register.ts';

/** A tiny register for unit tests: the Land, a Landkreis, an Amt, a kreisfreie Stadt and three Gemeinden. */
export const TEST_GEBIETE: Gebiet[] = [
  { schluessel: '13', ebene: 'land', name: 'Mecklenburg-Vorpommern', bezeichnung: 'Land', art: 'land' },
  {
    schluessel: '13003',
    ebene: 'kreis',
    name: 'Rostock',
    bezeichnung: 'Kreisfreie Stadt',
    art: 'kreisfrei',
    gemeinde: '13003000',
  },
  { schluessel: '13075', ebene: 'kreis', name: 'Vorpommern-Greifswald', bezeichnung: 'Landkreis', art: 'landkreis' },
  { schluessel: '130755553', ebene: 'amt', name: 'Landhagen', bezeichnung: 'Amt', art: 'amt', kreis: '13075' },
  {
    schluessel: '130750039',
    ebene: 'amt',
    name: 'Greifswald',
    bezeichnung: 'Amtsfreie Gemeinde',
    art: 'amtsfrei',
    kreis: '13075',
    gemeinde: '13075039',
  },
  {
    schluessel: '13003000',
    ebene: 'gemeinde',
    name: 'Rostock',
    bezeichnung: 'Stadt',
    art: 'kreisfrei',
    kreis: '13003',
  },
  {
    schluessel: '13075039',
    ebene: 'gemeinde',
    name: 'Greifswald',
    bezeichnung: 'Stadt',
    art: 'amtsfrei',
    kreis: '13075',
  },
  {
    schluessel: '13075142',
    ebene: 'gemeinde',
    name: 'Weitenhagen',
    bezeichnung: 'Gemeinde',
    art: 'amtsangehörig',
    kreis: '13075',
    amt: '130755553',
  },
];
export const TEST_REGISTER = registerAus(TEST_GEBIETE);
export const HEUTE = '2026-11-21';

export const bytes = (text: string) => new TextEncoder().encode(text);
