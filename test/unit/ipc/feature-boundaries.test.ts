import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

// The lint rule that keeps feature folders apart must actually fire: lint made-up files in place.
// One ESLint for the file: loading its TypeScript parser is the slow part.
const eslint = new ESLint({ cwd: process.cwd() });
const lint = async (path: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.filter((m) => m.ruleId === 'rehearse/feature-boundaries').map((m) => m.message);
};

test('a feature may not import another feature or the app shell', async () => {
  expect(
    await lint('renderer/src/features/practice/home/X.tsx', "import { A } from '../../progress/DueTodayCard';\nexport const x = A;\n"),
  ).toEqual([expect.stringContaining('may not import the "progress" feature')]);
  expect(await lint('renderer/src/features/banks/X.tsx', "export { routes } from '../../app/routes';\n")).toEqual([
    expect.stringContaining('may not import the app shell'),
  ]);
  expect(await lint('renderer/src/features/banks/X.tsx', "export const load = () => import('../settings/SettingsPage');\n")).toHaveLength(
    1,
  );
});

test('its own folder, shared pieces and shared/ domain code of the same name are fine', async () => {
  const code = [
    "import { a } from './BankPage';",
    "import { b } from '../../components/ConfirmDialog';",
    "import { c } from '../../lib/navigation';",
    "import { d } from '../../../../shared/domain/progress/dashboard';",
    'export const all = [a, b, c, d];',
    '',
  ].join('\n');
  expect(await lint('renderer/src/features/banks/X.tsx', code)).toEqual([]);
});
