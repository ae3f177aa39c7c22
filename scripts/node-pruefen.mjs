// Runs first in `npm start`, `npm test` and `npm run dev`. Plain JavaScript, so that an old Node can
// run it: every other script is TypeScript and needs the Node version in package.json's `engines`
// (type stripping without flags). The devDependency "node" puts such a Node first on the PATH of
// every npm script; this catches the case where it is missing, e.g. after `npm ci --ignore-scripts`.
import fs from 'node:fs';

const { engines } = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const mindestens = engines.node.replace(/^>=\s*/, '');
const [brauchtHaupt = 0, brauchtNeben = 0] = mindestens.split('.').map(Number);
const [haupt = 0, neben = 0] = process.versions.node.split('.').map(Number);
if (haupt < brauchtHaupt || (haupt === brauchtHaupt && neben < brauchtNeben)) {
  console.error(
    `Node.js ${process.versions.node} ist zu alt: bitte \`npm ci\` ohne --ignore-scripts ausführen ` +
      `oder Node.js ≥ ${mindestens} installieren (https://nodejs.org/).`,
  );
  process.exit(1);
}
