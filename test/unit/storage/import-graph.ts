import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The project's root: everything the graph names is relative to it (`electron/main/app-core.ts`). */
export const projectRoot = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  const full = join(projectRoot, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') && !name.split(/[\\/]/).includes('node_modules'))
    .map((name) => relative(projectRoot, join(full, name)).split('\\').join('/'))
    .filter((file) => statSync(join(projectRoot, file)).isFile());
}

/** A relative specifier resolved to a project file, or null (a package, or a file not found). */
function resolveRelative(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(join(projectRoot, from)), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(projectRoot, candidate).split('\\').join('/');
  }
  return null;
}

export interface ImportEdge {
  /** The specifier as written. */
  specifier: string;
  /** The project file it names, or null for a package. */
  file: string | null;
}

/**
 * Every import (static, `import type`, re-export and dynamic `import()`) of every
 * TypeScript file under `dirs`, read with TypeScript's own scanner.
 */
export function importGraph(dirs: string[]): Map<string, ImportEdge[]> {
  const graph = new Map<string, ImportEdge[]>();
  for (const file of dirs.flatMap(sourceFiles)) {
    const text = readFileSync(join(projectRoot, file), 'utf8');
    const { importedFiles } = ts.preProcessFile(text, true, true);
    graph.set(
      file,
      importedFiles.map(({ fileName }) => ({ specifier: fileName, file: resolveRelative(file, fileName) })),
    );
  }
  return graph;
}

/** Every import cycle (strongly connected component of more than one file, or a file importing itself). */
export function importCycles(graph: Map<string, ImportEdge[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const { file: next } of graph.get(node) ?? []) {
      if (next === null || !graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).some((edge) => edge.file === node);
      if (component.length > 1 || selfLoop) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
