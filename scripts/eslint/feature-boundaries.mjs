import { dirname, relative, resolve, sep } from 'node:path';

/**
 * ESLint rule `rehearse/feature-boundaries`: a file in `renderer/src/features/<name>/` may import its own
 * feature, `components/`, `lib/`, `api/`, `files/`, `styles/` and `shared/`, but never another feature
 * folder and never the app shell (`app/`), which is where features are composed (app/routes.tsx). Relative
 * specifiers are resolved against the importing file, so `../../progress/X` and
 * `shared/domain/progress/...` are told apart (a plain pattern on the specifier cannot do that).
 */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Feature folders never import each other or the app shell.' },
    schema: [],
    messages: {
      otherFeature:
        '"{{from}}" may not import the "{{to}}" feature: move the shared piece to renderer/src/components/ or lib/, or compose the two in app/routes.tsx.',
      appShell: '"{{from}}" may not import the app shell (renderer/src/app/); routes and navigation helpers live in renderer/src/lib/.',
    },
  },
  create(context) {
    const file = context.filename;
    const root = resolve(context.cwd, 'renderer/src');
    const own = featureOf(root, file);
    if (own === null) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = resolve(dirname(file), specifier);
      const to = featureOf(root, target);
      if (to !== null && to !== own) context.report({ node, messageId: 'otherFeature', data: { from: own, to } });
      else if (isInside(resolve(root, 'app'), target)) context.report({ node, messageId: 'appShell', data: { from: own } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

function isInside(folder, path) {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
}

/** `…/renderer/src/features/banks/x.tsx` → `banks`; null outside the feature folders. */
function featureOf(root, path) {
  const rel = relative(resolve(root, 'features'), path);
  if (rel === '' || rel.startsWith('..')) return null;
  return rel.split(sep)[0] ?? null;
}

export default { rules: { 'feature-boundaries': rule } };
