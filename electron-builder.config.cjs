// Packaging for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg).
// `npm run dist` needs the internet (electron-builder downloads Electron);
// it cannot run on our offline build machines.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.rehearse.desktop',
  productName: 'Rehearse',
  copyright: 'Copyright © 2026 Rehearse',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/**', 'package.json'],
  asar: true,
  icon: 'resources/icon.png',
  // better-sqlite3 13 ships Node-API prebuilds that load in Electron unchanged; @electron/rebuild would
  // not recognise their layout and run node-gyp (needing Python and, on Windows, Visual Studio).
  npmRebuild: false,
  // Help ▸ … opens these local pages (electron/main/shell/app-menu.ts).
  extraResources: [{ from: 'docs', to: 'docs', filter: ['*.md'] }],
  // Electron fuses, flipped in the packaged binary: no running it as plain Node, no NODE_OPTIONS or
  // --inspect to inject code, app code only from the (integrity-checked) asar, no extra file:// powers.
  // Asserted by test/unit/security/packaging-fuses.test.ts.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
    // Flipping fuses rewrites the Electron binary and so breaks its ad-hoc signature; without a Developer ID
    // to sign with afterwards, Apple Silicon kills the app at launch. Re-sign ad hoc right after flipping.
    resetAdHocDarwinSignature: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Education',
    maintainer: 'Rehearse <hello@rehearse.invalid>',
    synopsis: 'Rehearse job interviews offline',
  },
  // Read-aloud uses the system's voices through speech-dispatcher.
  deb: { recommends: ['speech-dispatcher'] },
  // Let the AppImage's own AppRun decide: it adds --no-sandbox only where user namespaces are unavailable
  // (`unshare -Ur true` fails). electron-builder's default desktop entry would pass --no-sandbox always.
  appImage: { executableArgs: [] },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.education',
    hardenedRuntime: true,
    // electron-builder's template plus the microphone and camera (recording); see the files.
    entitlements: 'resources/entitlements.mac.plist',
    entitlementsInherit: 'resources/entitlements.mac.inherit.plist',
    extendInfo: {
      NSMicrophoneUsageDescription: 'Rehearse records your practice answers only when you turn recording on.',
      NSCameraUsageDescription: 'Rehearse shows and records your practice answers only when you turn camera recording on.',
    },
  },
};
