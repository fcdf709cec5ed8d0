import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { fromRoot } from '../../scripts/lib/repo.mjs';

/**
 * Imports a TypeScript helper of the tests (e.g. test/support/media-origin.ts) so a bench uses the very
 * same code instead of a copy. Only for self-contained files that import nothing but Node's modules:
 * transpiled to ESM (types dropped, nothing checked) into the temporary folder, loaded, and removed.
 */
export async function importTypeScript(relativePath) {
  const source = readFileSync(fromRoot(relativePath), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: basename(relativePath),
  });
  const dir = mkdtempSync(join(tmpdir(), 'clipstream-bench-ts-'));
  const file = join(dir, `${basename(relativePath, '.ts')}.mjs`);
  writeFileSync(file, outputText);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
