import { axeUeberAlleSeiten } from './browser.ts';

// Every page that is not a Gebiet page, and the fixed sample of Gebiet pages, under axe on a phone: stacked
// tables and scroll boxes differ from the desktop (barrierefreiheit-desktop.test.ts). Other files need not
// repeat axe on these pages.
axeUeberAlleSeiten(390);
