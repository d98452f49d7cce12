// `npm start`: runs the built app in Electron. Where the Electron binary cannot
// be downloaded, says so in one sentence instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { electronPackageDir, findElectronBinary } from './electron-binary.mjs';

let binary = findElectronBinary();
if (!binary) {
  console.log('Fetching the Electron runtime (first start only)…');
  spawnSync(process.execPath, [join(electronPackageDir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
  binary = findElectronBinary();
}
if (!binary) {
  console.error(
    'The Electron runtime is not installed and could not be downloaded on this machine; run `npm run browser` to use Rehearse in your browser instead.',
  );
  process.exit(1);
}

const child = spawn(binary, [resolve(import.meta.dirname, '..')], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
