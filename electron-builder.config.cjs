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
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Education',
    maintainer: 'Rehearse <hello@rehearse.invalid>',
    synopsis: 'Rehearse job interviews offline',
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.education',
    hardenedRuntime: true,
    extendInfo: {
      NSMicrophoneUsageDescription: 'Rehearse records your practice answers only when you turn recording on.',
      NSCameraUsageDescription: 'Rehearse shows and records your practice answers only when you turn camera recording on.',
    },
  },
};
