// npm run lock:plattformen: completes package-lock.json with the other platforms' native
// packages (esbuild, Tailwind oxide, Astro compiler bindings …).
//
// Why: the registry mirror of our build machines serves only the linux-x64 binaries. `npm install`
// then leaves the other platforms' optional dependencies out of the lockfile, and `npm ci` rejects
// the lockfile as out of sync. This adds them as optional entries with os/cpu/libc taken from their
// names, so npm skips them on other platforms instead of fetching them. Run after `npm install`.
import fs from 'node:fs';

type Eintrag = {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
};
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Eintrag> };

const OS = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'netbsd',
  'openbsd',
  'openharmony',
  'sunos',
  'win32',
  'aix',
  'cygwin',
];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'riscv64', 'ppc64', 's390x', 'loong64', 'mips64el', 'wasm32'];

function plattform(name: string): Pick<Eintrag, 'os' | 'cpu' | 'libc'> {
  const teile = name.split('/').pop()!.split('-');
  const os = teile.find((t) => OS.includes(t));
  const cpu = teile.find((t) => CPU.includes(t)) ?? (teile.includes('arm') ? 'arm' : undefined);
  const libc = teile.includes('musl')
    ? 'musl'
    : teile.includes('gnu') || teile.includes('gnueabihf')
      ? 'glibc'
      : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

let ergaenzt = 0;
for (const [pfad, eintrag] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(eintrag.optionalDependencies ?? {})) {
    const basis = pfad === '' ? '' : `${pfad}/`;
    if (lock.packages[`${basis}node_modules/${name}`] || lock.packages[`node_modules/${name}`]) continue;
    lock.packages[`node_modules/${name}`] = { version, optional: true, ...plattform(name) };
    ergaenzt++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
fs.writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`${ergaenzt} Plattform-Einträge ergänzt.`);
