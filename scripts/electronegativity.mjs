// `npm run lint` step: runs Doyensec's Electronegativity over the app's sources
// and fails on any high-severity finding (or any file it could not parse).
// Findings of lower severity are printed for review but do not fail the build.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** The folders that end up in the app: main process, preload, renderer and the code they share. */
export const scannedFolders = ['electron', 'renderer', 'shared'];

/**
 * Checks turned off for the whole scan, each with its reason. Checks that are
 * wrong about one line are instead disabled on that line (`eng-disable`),
 * with the reason in a comment beside it.
 */
export const suppressedChecks = {
  // Downloads Electron's release list from the web on every run; lint stays offline.
  // Keeping Electron current is the dependency update's job, not this scan's.
  AvailableSecurityFixesGlobalCheck: 'needs the network',
};

/**
 * Electronegativity fetches translations from the web on every run; lint must
 * stay offline, so its loader is swapped for one that uses the bundled en-US strings.
 */
function useBundledTranslations() {
  const toolDir = join(require.resolve('@doyensec/electronegativity/package.json'), '..');
  const loaderFile = join(toolDir, 'dist/locales/i18n.js');
  const toolRequire = createRequire(loaderFile);
  const i18n = toolRequire('i18n');
  const offlineLoader = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: join(toolDir, 'dist/locales'),
      updateFiles: false,
      objectNotation: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  };
  offlineLoader.default = offlineLoader;
  const Module = require('node:module');
  const stub = new Module(loaderFile);
  stub.filename = loaderFile;
  stub.loaded = true;
  stub.exports = offlineLoader;
  require.cache[loaderFile] = stub;
  return toolRequire('../runner.js');
}

/** Runs every check over the app's folders under `root` and returns the findings and parse errors. */
export async function scan(root = projectRoot) {
  const run = useBundledTranslations();
  const electronVersion = JSON.parse(readFileSync(join(projectRoot, 'node_modules/electron/package.json'), 'utf8')).version;
  // One input holding all the folders, so global checks (e.g. "is navigation limited anywhere?")
  // see the whole app rather than reporting each folder on its own.
  const input = mkdtempSync(join(tmpdir(), 'rehearse-eng-'));
  try {
    for (const folder of scannedFolders) {
      if (existsSync(join(root, folder))) cpSync(join(root, folder), join(input, folder), { recursive: true });
    }
    const result = await run({
      input,
      excludeFromScan: Object.keys(suppressedChecks),
      electronVersionOverride: electronVersion,
      isRelative: true,
      parserPlugins: [],
    });
    return { issues: result.issues, errors: result.errors.filter((error) => !error.tolerable) };
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

async function main() {
  // `--root DIR` scans another tree (the test uses it to prove an insecure window fails the scan).
  const rootFlag = process.argv.indexOf('--root');
  const { issues, errors } = await scan(rootFlag > 0 ? resolve(process.argv[rootFlag + 1] ?? '') : projectRoot);
  const high = issues.filter((issue) => issue.severity.name === 'HIGH');
  for (const issue of issues) {
    const where = `${issue.file}:${issue.location.line}`;
    console.log(`${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id.padEnd(36)} ${where}`);
  }
  for (const error of errors) console.error(`could not parse ${error.file}: ${error.message}`);
  const suppressed = Object.keys(suppressedChecks).length;
  console.log(
    `electronegativity: ${issues.length} finding(s), ${high.length} high, ${errors.length} parse error(s), ${suppressed} check(s) suppressed with reasons in scripts/electronegativity.mjs`,
  );
  if (high.length > 0 || errors.length > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
