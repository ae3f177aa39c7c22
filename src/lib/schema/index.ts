import { einwohner } from './einwohner.ts';
import { fondsBewilligungen, fondsHaushalt } from './fonds.ts';
import { gebietsaenderungen } from './gebietsaenderungen.ts';
import { strukturen } from './strukturen.ts';

export { einwohner, fondsBewilligungen, fondsHaushalt, gebietsaenderungen, strukturen };

/** Every curated table in `data/`, in the order docs and downloads list them. */
export const TABELLEN = [strukturen, fondsHaushalt, fondsBewilligungen, einwohner, gebietsaenderungen] as const;
