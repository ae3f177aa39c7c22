/**
 * Measures of code health for `npm run messen:code` and a unit test: the length of every function
 * (TypeScript and the frontmatter and scripts of .astro files), `as` casts and non-null assertions.
 */
import ts from 'typescript';

export interface Funktion {
  datei: string;
  name: string;
  /** First line in the file, 1-based. */
  zeile: number;
  zeilen: number;
}

export interface Codemasse {
  funktionen: Funktion[];
  /** `x as T`, not counting `as const`, which narrows and never lies. */
  casts: number;
  /** `x!`. */
  nichtNull: number;
}

/** The code blocks of a file: all of a .ts file; frontmatter and `<script>` elements of an .astro file. */
export function codeBloecke(datei: string, text: string): { code: string; ersteZeile: number }[] {
  if (!datei.endsWith('.astro')) return [{ code: text, ersteZeile: 1 }];
  const bloecke: { code: string; ersteZeile: number }[] = [];
  const zeileBei = (i: number) => text.slice(0, i).split('\n').length;
  const vorspann = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (vorspann?.[1] !== undefined) bloecke.push({ code: vorspann[1], ersteZeile: 2 });
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const code = m[1] ?? '';
    bloecke.push({ code, ersteZeile: zeileBei(m.index + m[0].indexOf(code)) });
  }
  return bloecke;
}

function nameVon(knoten: ts.Node): string {
  if (ts.isFunctionDeclaration(knoten) || ts.isMethodDeclaration(knoten) || ts.isAccessor(knoten))
    return knoten.name?.getText() ?? '(anonym)';
  if (ts.isConstructorDeclaration(knoten)) return 'constructor';
  const eltern = knoten.parent;
  if (ts.isVariableDeclaration(eltern) || ts.isPropertyAssignment(eltern) || ts.isPropertyDeclaration(eltern))
    return eltern.name.getText();
  if (ts.isCallExpression(eltern)) return `(Argument von ${eltern.expression.getText().slice(0, 40)})`;
  return '(anonym)';
}

/** Functions, casts and non-null assertions in one file. */
export function miss(datei: string, text: string): Codemasse {
  const ergebnis: Codemasse = { funktionen: [], casts: 0, nichtNull: 0 };
  for (const { code, ersteZeile } of codeBloecke(datei, text)) {
    const quelle = ts.createSourceFile(datei, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const zeileVon = (pos: number) => quelle.getLineAndCharacterOfPosition(pos).line;
    const besuche = (knoten: ts.Node): void => {
      if (ts.isFunctionLike(knoten) && 'body' in knoten && knoten.body) {
        const start = zeileVon(knoten.getStart(quelle));
        const zeilen = zeileVon(knoten.getEnd()) - start + 1;
        ergebnis.funktionen.push({ datei, name: nameVon(knoten), zeile: start + ersteZeile, zeilen });
      }
      if (ts.isAsExpression(knoten) && knoten.type.getText(quelle) !== 'const') ergebnis.casts++;
      if (ts.isTypeAssertionExpression(knoten)) ergebnis.casts++;
      if (ts.isNonNullExpression(knoten)) ergebnis.nichtNull++;
      ts.forEachChild(knoten, besuche);
    };
    besuche(quelle);
  }
  return ergebnis;
}

/** The functions of all files longer than `grenze` lines, longest first. */
export function langeFunktionen(masse: readonly Codemasse[], grenze: number): Funktion[] {
  return masse
    .flatMap((m) => m.funktionen)
    .filter((f) => f.zeilen > grenze)
    .sort((a, b) => b.zeilen - a.zeilen || a.datei.localeCompare(b.datei));
}
