import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AppCore } from '../../../electron/main/app-core';
import type { SessionDetail, SetupOptions } from '../../../shared/domain/sessions';
import type { Random } from '../../fuzz/hostile-values';
import { callOk } from '../../helpers/test-core';
import { readTar, type TarFile, writeTar } from './tar-fixture';

/** One broken "export everything" archive and what its refusal must mention. */
export interface MalformedArchive {
  label: string;
  bytes: Buffer;
  expect: RegExp;
}

/** A real export of a data folder holding a session, a rated answer and a recording. */
export async function exportedArchive(core: AppCore): Promise<Buffer> {
  const options = await callOk(core, 'sessions.setupOptions', {});
  const setup = { ...(options as SetupOptions).defaults, count: 2, recording: 'audio' as const };
  const session = (await callOk(core, 'sessions.start', { setup })) as SessionDetail;
  const { uploadId } = await callOk(core, 'sessions.beginRecording', {
    sessionId: session.id,
    position: 0,
    mimeType: 'audio/webm;codecs=opus',
  });
  const webm = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(3000, 5)]);
  await callOk(core, 'sessions.appendRecording', { uploadId, index: 0, data: webm.toString('base64') });
  await callOk(core, 'sessions.finishRecording', { uploadId, durationMs: 4000 });
  const selfCheck = { eyeContact: true, posture: true, pace: true, fillerWords: true, structure: true, answeredQuestion: true };
  await callOk(core, 'sessions.saveAnswer', {
    sessionId: session.id,
    position: 0,
    skipped: false,
    confidence: 4,
    timeUsedMs: 60_000,
    selfCheck,
    note: 'n',
    struggled: false,
  });
  const exported = await callOk(core, 'data.exportEverything', {});
  return readFileSync(exported.path);
}

interface Manifest {
  schemaVersion: number;
  tables: { name: string; columns: string[]; rows: number }[];
  recordings: { name: string; bytes: number; sha256: string }[];
  [key: string]: unknown;
}

const pathLikeNames = [
  '../evil.webm',
  '../../../../tmp/evil.webm',
  '/tmp/evil.webm',
  'recordings/../../evil.webm',
  '..\\evil.webm',
  'C:\\Windows\\evil.webm',
  'rec-x/../../evil.webm',
  '%2e%2e%2fevil.webm',
  'rec-a\u0000.webm',
  '.',
  '',
  'rec-evil.webm/..',
  `rec-${'a'.repeat(200)}.webm`,
];

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Archives broken one way each: tar-level damage, a manifest that lies or is
 * missing, table rows out of shape or range, recordings cut short, and
 * recording references that are paths (each place a name appears).
 */
/** The same archive taken apart and put back together by this file's tar writer: must import (the control). */
export function rewrittenArchive(base: Buffer): Buffer {
  return writeTar(readTar(base));
}

export function malformedArchives(base: Buffer, rng: Random): MalformedArchive[] {
  const files = readTar(base);
  const manifestFile = files.find((f) => f.name === 'manifest.json')!;
  const manifest = JSON.parse(manifestFile.body.toString('utf8')) as Manifest;
  const recording = manifest.recordings[0]!;
  const recordingFile = files.find((f) => f.name === `recordings/${recording.name}`)!;
  const rebuild = (change: (files: TarFile[], manifest: Manifest) => void) => {
    const copy = files.map((f) => ({ ...f, body: Buffer.from(f.body) }));
    const m = structuredClone(manifest);
    change(copy, m);
    const target = copy.find((f) => f.name === 'manifest.json');
    if (target) target.body = Buffer.from(JSON.stringify(m));
    return writeTar(copy);
  };
  const withTable = (table: string, edit: (lines: string[]) => string[]) => (fs: TarFile[], m: Manifest) => {
    const entry = fs.find((f) => f.name === `tables/${table}.jsonl`)!;
    const lines = edit(entry.body.toString('utf8').split('\n').filter(Boolean));
    entry.body = Buffer.from(lines.join('\n') + (lines.length ? '\n' : ''));
    const listed = m.tables.find((t) => t.name === table);
    if (listed) listed.rows = lines.length;
  };
  const recordingColumns = manifest.tables.find((t) => t.name === 'recordings')!.columns;
  const fileNameColumn = recordingColumns.indexOf('file_name');
  const confidenceColumn = manifest.tables.find((t) => t.name === 'answers')!.columns.indexOf('confidence');
  const renameRecordingRow = (name: string) =>
    withTable('recordings', (lines) =>
      lines.map((line) => JSON.stringify(Object.assign(JSON.parse(line) as unknown[], { [fileNameColumn]: name }))),
    );
  const cases: MalformedArchive[] = [];

  for (const name of pathLikeNames) {
    cases.push(
      {
        label: `path-like recording everywhere: ${JSON.stringify(name)}`,
        expect: /recording|name|archive/i,
        bytes: rebuild((fs, m) => {
          fs.find((f) => f.name === recordingFile.name)!.name = `recordings/${name}`;
          m.recordings[0]!.name = name;
          renameRecordingRow(name)(fs, m);
        }),
      },
      {
        label: `path-like recording in the manifest: ${JSON.stringify(name)}`,
        expect: /recording|name|archive/i,
        bytes: rebuild((_fs, m) => void (m.recordings[0]!.name = name)),
      },
      {
        label: `path-like recording in the table: ${JSON.stringify(name)}`,
        expect: /recording|file|archive|row/i,
        bytes: rebuild(renameRecordingRow(name)),
      },
      {
        label: `path-like tar entry: ${JSON.stringify(name)}`,
        expect: /recording|missing|archive/i,
        bytes: rebuild((fs) => {
          fs.find((f) => f.name === `recordings/${recording.name}`)!.name = `recordings/${name}`;
        }),
      },
    );
  }

  cases.push(
    {
      label: 'recording cut short',
      expect: /recording|size|bytes|archive/i,
      bytes: rebuild((fs) => void (fs.find((f) => f.name === recordingFile.name)!.body = recordingFile.body.subarray(0, 100))),
    },
    {
      label: 'recording bytes changed',
      expect: /recording|checksum|hash|sha|archive/i,
      bytes: rebuild((fs) => void fs.find((f) => f.name === recordingFile.name)!.body.fill(9, 10, 20)),
    },
    {
      label: 'recording missing',
      expect: /recording|missing|archive/i,
      bytes: rebuild((fs) =>
        fs.splice(
          fs.findIndex((f) => f.name === recordingFile.name),
          1,
        ),
      ),
    },
    {
      label: 'recording as a symlink',
      expect: /entry type|link|archive/i,
      bytes: rebuild((fs) =>
        Object.assign(
          fs.find((f) => f.name === recordingFile.name)!,
          { type: '2', linkName: '/etc/passwd', body: Buffer.alloc(0) },
        ),
      ),
    },
    {
      label: 'recording listed with the wrong hash',
      expect: /recording|hash|sha|archive/i,
      bytes: rebuild((_fs, m) => void (m.recordings[0]!.sha256 = sha256(Buffer.from('other')))),
    },
    {
      label: 'manifest missing',
      expect: /manifest/i,
      bytes: rebuild((fs) =>
        fs.splice(
          fs.findIndex((f) => f.name === 'manifest.json'),
          1,
        ),
      ),
    },
    {
      label: 'manifest not JSON',
      expect: /manifest/i,
      bytes: writeTar(files.map((f) => (f.name === 'manifest.json' ? { ...f, body: Buffer.from('{"format": ') } : f))),
    },
    { label: 'manifest of another format', expect: /manifest|format/i, bytes: rebuild((_fs, m) => void (m.format = 'other-app')) },
    { label: 'manifest with an extra field', expect: /manifest/i, bytes: rebuild((_fs, m) => void (m.__proto__extra = true)) },
    {
      label: 'manifest lists an unknown table',
      expect: /table/i,
      bytes: rebuild((_fs, m) => void m.tables.push({ name: 'salaries', columns: ['x'], rows: 0 })),
    },
    {
      label: 'manifest drops a table',
      expect: /table/i,
      bytes: rebuild(
        (_fs, m) =>
          void m.tables.splice(
            m.tables.findIndex((t) => t.name === 'answers'),
            1,
          ),
      ),
    },
    {
      label: 'columns reordered',
      expect: /column/i,
      bytes: rebuild((_fs, m) => void m.tables.find((t) => t.name === 'banks')!.columns.reverse()),
    },
    {
      label: 'row count lies',
      expect: /row|count|archive/i,
      bytes: rebuild((_fs, m) => void (m.tables.find((t) => t.name === 'banks')!.rows += 5)),
    },
    {
      label: 'a row with too few values',
      expect: /row|value|column|archive/i,
      bytes: rebuild(withTable('banks', (l) => [...l.slice(1), JSON.stringify((JSON.parse(l[0]!) as unknown[]).slice(1))])),
    },
    { label: 'a row that is not JSON', expect: /row|JSON|line|archive/i, bytes: rebuild(withTable('banks', (l) => [...l, '[1, "x", '])) },
    { label: 'an object where a row belongs', expect: /row|archive/i, bytes: rebuild(withTable('banks', (l) => [...l, '{"id": 99}'])) },
    {
      label: 'confidence out of range',
      expect: /archive|check|invalid|constraint/i,
      // Set by column, not by text: a `,4,` may just as well be a position or a time.
      bytes: rebuild(
        withTable('answers', (l) =>
          l.map((line) => JSON.stringify(Object.assign(JSON.parse(line) as unknown[], { [confidenceColumn]: 9 }))),
        ),
      ),
    },
    {
      label: 'answer for a missing session',
      expect: /archive|refer|foreign|missing/i,
      bytes: rebuild(withTable('practice_sessions', () => [])),
    },
  );

  for (let i = 0; i < 25; i++) {
    const cut = 1 + Math.floor(rng() * (base.length - 1100));
    cases.push({
      label: `archive cut at ${cut} of ${base.length}`,
      expect: /archive|tar|incomplete|manifest|end/i,
      bytes: base.subarray(0, cut),
    });
  }
  for (let i = 0; i < 8; i++) {
    const noise = Buffer.from(Array.from({ length: 512 + Math.floor(rng() * 8000) }, () => Math.floor(rng() * 256)));
    cases.push({ label: `random bytes #${i}`, expect: /archive|tar/i, bytes: noise });
  }
  cases.push(
    { label: 'a gzip file', expect: /archive|tar/i, bytes: Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(2000, 1)]) },
    {
      label: 'a question-bank JSON file',
      expect: /archive|tar/i,
      bytes: Buffer.from(`{"formatVersion":1,"bank":{"name":"x"},"questions":[]}`.padEnd(1024)),
    },
    {
      label: 'a header whose size runs past the end',
      expect: /archive|incomplete|end/i,
      bytes: writeTar([{ name: 'manifest.json', body: Buffer.from('{}'), declaredSize: 10_000_000 }]),
    },
    {
      label: 'header checksum damaged',
      expect: /archive|checksum|tar/i,
      bytes: Buffer.concat([Buffer.from(base.subarray(0, 148)), Buffer.from('9999999\0'), base.subarray(156)]),
    },
  );
  const flipped = Buffer.from(base);
  const at = Math.floor(rng() * 100); // a name byte in the first header: the checksum no longer matches
  flipped.writeUInt8(flipped.readUInt8(at) ^ 0xff, at);
  cases.push({ label: 'one header byte flipped', expect: /archive|checksum|tar/i, bytes: flipped });
  return cases;
}
