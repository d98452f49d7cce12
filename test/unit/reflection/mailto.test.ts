import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { isSafeExternalUrl } from '../../../electron/main/shell/security-policy';
import { thankYouTemplate } from '../../../shared/domain/reflection/email-templates';
import { encodeMailtoValue, mailtoLink, maxMailtoLength } from '../../../shared/domain/reflection/mailto';

vi.setConfig({ testTimeout: 60_000 });

const draft = thankYouTemplate({
  company: 'Acme Ltd',
  role: 'Data Analyst',
  interviewerName: 'Sam Lee',
  discussed: 'dashboards',
  signature: 'Alex',
  outcome: 'rejected',
});

function url(to: string, subject: string, body: string): string {
  const link = mailtoLink(to, { subject, body });
  if (link.kind !== 'link') throw new Error(`expected a link, got ${link.kind}`);
  return link.url;
}

describe('mailto links (RFC 6068)', () => {
  test('percent-encode subject and body, with CRLF line breaks, so user text cannot add headers', () => {
    const link = url('sam.lee@acme.example', 'Q&A? #1 = 100%', 'Line one\nbcc=evil@x.example&cc=me\n\nÜbung – ok');
    expect(link).toBe(
      'mailto:sam.lee@acme.example?subject=Q%26A%3F%20%231%20%3D%20100%25' +
        '&body=Line%20one%0D%0Abcc%3Devil%40x.example%26cc%3Dme%0D%0A%0D%0A%C3%9Cbung%20%E2%80%93%20ok',
    );
    const parsed = new URL(link);
    expect(parsed.searchParams.get('subject')).toBe('Q&A? #1 = 100%');
    expect([...parsed.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  test('every line break (LF, CR, CRLF) becomes %0D%0A, and the sub-delims encodeURIComponent leaves are escaped too', () => {
    expect(encodeMailtoValue("a\nb\rc\r\nd (it's great!) *")).toBe('a%0D%0Ab%0D%0Ac%0D%0Ad%20%28it%27s%20great%21%29%20%2A');
  });

  test('property: only unreserved characters and %XX escapes remain, and decoding gives the text back with CRLF', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const encoded = encodeMailtoValue(text);
        expect(encoded).toMatch(/^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).toBe(text.replace(/\r\n|\r|\n/g, '\r\n'));
      }),
    );
  });

  test('non-Latin drafts (combining marks, ZWJ emoji, RTL, CJK) round-trip through the URL', () => {
    const body = 'Café\u0301 — 👩‍💻 — שלום עולם — 面试感谢\nZoë';
    const parsed = new URL(url('sam@acme.example', 'Merci — ありがとう', body));
    expect(parsed.searchParams.get('subject')).toBe('Merci — ありがとう');
    expect(parsed.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
  });

  test('the length is measured after encoding: 500 CJK letters are too long though 500 Latin ones fit', () => {
    expect(mailtoLink('sam@acme.example', { subject: 'Thanks', body: 'a'.repeat(500) }).kind).toBe('link');
    const cjk = mailtoLink('sam@acme.example', { subject: 'Thanks', body: '谢'.repeat(500) });
    expect(cjk).toEqual({ kind: 'too-long', length: expect.any(Number) });
    if (cjk.kind === 'too-long') expect(cjk.length).toBeGreaterThan(500 * 9);
  });

  test('property: a link is never longer than the limit, and a draft is refused only when its encoding would pass it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: 'grapheme', maxLength: 1500 }), (subject, body) => {
        const link = mailtoLink('sam@acme.example', { subject, body });
        const full = `mailto:sam@acme.example?subject=${encodeMailtoValue(subject)}&body=${encodeMailtoValue(body)}`;
        if (link.kind === 'link') expect(link.url).toBe(full);
        else expect(link).toEqual({ kind: 'too-long', length: full.length });
        expect(link.kind === 'link').toBe(full.length <= maxMailtoLength);
      }),
      { numRuns: 200 },
    );
  });

  test('the default templates fit and are accepted by the desktop shell’s external-link policy', () => {
    const link = mailtoLink('sam@acme.example', draft);
    expect(link.kind).toBe('link');
    if (link.kind === 'link') expect(isSafeExternalUrl(link.url)).toBe(true);
  });

  test('no link without one valid address, so nothing half-formed is opened', () => {
    for (const to of ['', 'sam at acme', 'a@b.example?cc=x@y.example', 'a@b.example\r\nBcc: x@y.example']) {
      expect(mailtoLink(to, draft)).toEqual({ kind: 'no-address' });
    }
  });
});
