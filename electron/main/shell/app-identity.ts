/**
 * Must equal electron-builder's `appId` (asserted by test/unit/security/packaging-config.test.ts):
 * NSIS gives the Start-menu shortcut this AppUserModelID, and Windows groups a running
 * window with its pinned icon (and shows notifications) only when the process uses the same one.
 */
export const appUserModelId = 'app.rehearse.desktop';
