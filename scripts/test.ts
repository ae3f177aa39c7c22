// npm test: type check, lint, one production build into dist/, then the Vitest projects against
// that build. Prints how long each step took and the ratio to the build, measured in this run,
// because the whole suite should stay within 15 production builds (issue 14).
import { spawnSync } from 'node:child_process';
import { dauerText, testBericht, type Schritt } from '../src/lib/messen/testdauer.ts';

const SCHRITTE: { name: string; befehl: string[]; bau?: true }[] = [
  { name: 'Typprüfung', befehl: ['npx', 'astro', 'check', '--minimumSeverity', 'error'] },
  { name: 'Lint', befehl: ['npm', 'run', '--silent', 'lint'] },
  { name: 'Produktionsbau', befehl: ['npm', 'run', '--silent', 'build'], bau: true },
  { name: 'unit', befehl: ['npx', 'vitest', 'run', '--project', 'unit'] },
  { name: 'komponenten', befehl: ['npx', 'vitest', 'run', '--project', 'komponenten'] },
  // dist/ is fresh from the step before: the e2e setup serves it instead of building it again, and starts
  // the shared test variant at once (VARIANTEN_VORAB), so its build overlaps with the first browser tests.
  { name: 'e2e', befehl: ['npx', 'vitest', 'run', '--project', 'e2e'] },
];

const beginn = performance.now();
const erledigt: Schritt[] = [];
let fehlgeschlagen: string | undefined;
for (const schritt of SCHRITTE) {
  console.log(`\n▶ ${schritt.name}: ${schritt.befehl.join(' ')}`);
  const start = performance.now();
  const [programm = 'npx', ...argumente] = schritt.befehl;
  const { status } = spawnSync(programm, argumente, {
    stdio: 'inherit',
    env: { ...process.env, DIST_GEBAUT: '1', VARIANTEN_VORAB: '1' },
  });
  erledigt.push({ name: schritt.name, sekunden: (performance.now() - start) / 1000, bau: schritt.bau === true });
  if (status !== 0) {
    fehlgeschlagen = schritt.name;
    break;
  }
}
console.log(`\n${testBericht(erledigt, (performance.now() - beginn) / 1000).join('\n')}`);
if (fehlgeschlagen) {
  console.error(`npm test: „${fehlgeschlagen}“ ist fehlgeschlagen.`);
  process.exit(1);
}
console.log(`npm test: alles bestanden in ${dauerText((performance.now() - beginn) / 1000)}.`);
