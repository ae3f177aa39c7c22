import { axeUeberAlleSeiten } from './browser.ts';

// Every page that is not a Gebiet page, and the fixed sample of Gebiet pages, under axe on a desktop screen
// (the phone width: barrierefreiheit-telefon.test.ts). Other files need not repeat axe on these pages.
axeUeberAlleSeiten(1280);
