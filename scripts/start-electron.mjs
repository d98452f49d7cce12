// `npm start`: runs the built app in Electron. Where the Electron runtime cannot be
// fetched, says so in one sentence and carries on in browser mode, printing its address.
// The decisions are in start-helpers.mjs (tested in test/unit/shell/start-electron.test.ts).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { electronPackageDir, findElectronBinary } from './electron-binary.mjs';
import {
  electronChildEnv,
  exitCodeFor,
  runtimeMissingSentence,
  sandboxAdvice,
  suidHelperReady,
  userNamespacesWork,
} from './start-helpers.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
// Tests point this at a stand-in `electron` package; users never need it.
const packageDir = process.env.REHEARSE_ELECTRON_PACKAGE ? resolve(process.env.REHEARSE_ELECTRON_PACKAGE) : electronPackageDir;

/** Runs a child to its end with our stdio, passing Ctrl+C / SIGTERM on; exits with its code (a signal is a failure). */
function runToEnd(command, args, options) {
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) console.error(`${options.name} stopped with ${signal}.`);
    process.exit(exitCodeFor(code, signal));
  });
}

/**
 * Fetches the runtime with Electron's own installer, showing its progress (no time limit: a
 * first download is about 100 MB). Its error output is kept back, so a failure reads as one
 * sentence with the installer's reason rather than a stack trace.
 */
function fetchRuntime() {
  console.log('Fetching the Electron runtime (about 100 MB, first start only)…');
  return new Promise((done) => {
    const installer = spawn(process.execPath, [join(packageDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    installer.stderr.on('data', (chunk) => {
      const text = chunk.toString();
      errors += text;
      // Progress goes on showing, line by line; error text and stack lines wait for the one sentence.
      for (const line of text.split(/(?<=\n)/)) if (!/error|^\s+at /i.test(line)) process.stderr.write(line);
    });
    installer.on('error', (error) => done({ binary: null, errors: `${errors}\nError: ${error.message}` }));
    installer.on('exit', () => done({ binary: findElectronBinary(packageDir), errors }));
  });
}

let binary = findElectronBinary(packageDir);
let installerErrors = '';
if (!binary) ({ binary, errors: installerErrors } = await fetchRuntime());

if (!binary) {
  console.error(runtimeMissingSentence(installerErrors));
  runToEnd(process.execPath, ['--import', 'tsx', join(projectRoot, 'electron/main/browser-mode/cli.ts')], {
    cwd: projectRoot,
    name: 'Browser mode',
  });
} else {
  const advice = sandboxAdvice({
    platform: process.platform,
    chromeSandbox: join(packageDir, 'dist', 'chrome-sandbox'),
    userNamespacesWork,
    suidHelperReady,
  });
  if (advice) console.warn(advice);
  runToEnd(binary, [...(advice ? ['--no-sandbox'] : []), projectRoot], { env: electronChildEnv(process.env), name: 'Electron' });
}
