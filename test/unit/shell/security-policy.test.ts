import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy';
import { isAppUrl, isSafeExternalUrl, secureWebPreferences, shouldGrantPermission } from '../../../electron/main/shell/security-policy';

describe('window webPreferences', () => {
  test('isolate the renderer from Node and the main process', () => {
    expect(secureWebPreferences('/p/index.cjs')).toMatchObject({
      preload: '/p/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });
});

describe('shell.openExternal policy', () => {
  test.each(['https://example.com/jobs', 'mailto:jane@example.com?subject=Thank%20you'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  test.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'http://example.com',
    'ms-msdt:/id',
    'vscode://file/x',
    'https://user:pass@example.com',
    'https://xn--pple-43d.com/', // look-alike (punycode) host
    'https://',
    'not a url',
    'mailto:a@b.c%0d%0aBcc:x\r\n',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('our own origin', () => {
  test('only app://rehearse is ours; look-alikes are not', () => {
    expect(isAppUrl('app://rehearse/index.html')).toBe(true);
    for (const url of ['app://rehearse.evil/', 'app://evil/rehearse', 'https://rehearse/', 'file:///index.html', 'app://rehearse@evil/']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('permissions', () => {
  test('grants microphone and camera to our page only, and nothing else', () => {
    expect(shouldGrantPermission('media', 'app://rehearse/index.html', ['audio', 'video'])).toBe(true);
    expect(shouldGrantPermission('media', 'https://evil.example/', ['audio'])).toBe(false);
    expect(shouldGrantPermission('clipboard-sanitized-write', 'app://rehearse/index.html')).toBe(true);
    expect(shouldGrantPermission('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'midi', 'hid', 'usb']) {
      expect(shouldGrantPermission(permission, 'app://rehearse/index.html')).toBe(false);
    }
  });
});

describe('Content-Security-Policy', () => {
  test('allows only our own scripts and no plugins', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).toContain("media-src 'self' blob:");
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  });

  test('allows workers (the delivery analysis) from our own origin only: no blob: or data: workers', () => {
    const workerSrc = contentSecurityPolicy
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d.startsWith('worker-src'));
    expect(workerSrc).toEqual(["worker-src 'self'"]);
  });
});
