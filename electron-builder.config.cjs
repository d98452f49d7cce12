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
