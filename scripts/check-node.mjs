// Fails fast when an npm script runs on a Node older than the pinned toolchain:
// better-sqlite3 13 segfaults on Node 20 instead of saying why.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Rehearse needs Node 22.12 or newer, but this is Node ${process.versions.node}. ` +
      'Run it through npm scripts (npm start, npm test), which use the Node 22 pinned in node_modules, after `npm ci`.',
  );
  process.exit(1);
}
