// npm run docs: writes docs/daten.md from the table schemas and vocabularies.
import fs from 'node:fs';
import { datenDoku } from '../src/lib/veroeffentlichen/doku.ts';
import { TABELLEN } from '../src/lib/schema/index.ts';

fs.mkdirSync('docs', { recursive: true });
fs.writeFileSync('docs/daten.md', datenDoku(TABELLEN));
console.log('docs/daten.md geschrieben.');
