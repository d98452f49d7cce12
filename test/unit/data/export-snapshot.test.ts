import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { AppCore } from '../../../electron/main/app-core';
import { exportsDir } from '../../../electron/main/services/data/exports';
import { recordingsDir } from '../../../electron/main/services/recordings/recording-files';
import { call, callOk } from '../../helpers/test-core';
import { useTestCores } from '../../helpers/use-test-cores';
import { makeTempDir } from '../../helpers/temp-dir';
import { readTar } from '../reliability/tar-fixture';
import { insertBank, insertQuestion, setupFor } from '../sessions/fixtures';

/*
 * An export is one moment: rows and recording files together. Re-recording
 * answers while it runs (driven through the dispatcher, as the renderer
 * would) must not produce an archive whose rows name files it lacks, and an
 * import never costs recordings on the next start.
 */

const core = useTestCores();

const webm = (seed: number, length = 3000) => Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(length, seed % 251)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function record(app: AppCore, sessionId: number, position: number, seed: number) {
  const { uploadId } = await callOk(app, 'sessions.beginRecording', { sessionId, position, mimeType: 'audio/webm' });
  await callOk(app, 'sessions.appendRecording', { uploadId, index: 0, data: webm(seed).toString('base64') });
  return callOk(app, 'sessions.finishRecording', { uploadId, durationMs: 2000 });
}

async function sessionWithRecordings(app: AppCore, count: number) {
  const bank = insertBank(app.db, 'Snapshot');
  const questionIds = Array.from({ length: count }, () => insertQuestion(app.db, bank));
  const session = await callOk(app, 'sessions.start', { setup: setupFor([bank], { recording: 'audio' }), questionIds });
  for (let position = 0; position < count; position++) await record(app, session.id, position, position);
  return session;
}

/** The archive's recording rows (file names) and its recording files (name → bytes). */
function archiveContents(path: string) {
  const files = readTar(readFileSync(path));
  const rows = files
    .find((f) => f.name === 'tables/recordings.jsonl')!
    .body.toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown[]);
  const manifest = JSON.parse(files.find((f) => f.name === 'manifest.json')!.body.toString('utf8')) as {
    tables: { name: string; columns: string[] }[];
    recordings: { name: string; bytes: number; sha256: string }[];
  };
  const column = manifest.tables.find((t) => t.name === 'recordings')!.columns.indexOf('file_name');
  const recordingFiles = new Map(
    files.filter((f) => f.name.startsWith('recordings/')).map((f) => [f.name.slice('recordings/'.length), f.body]),
  );
  return { rowFiles: rows.map((row) => row[column] as string), recordingFiles, manifest };
}

async function importInto(app: AppCore, archive: string) {
  const bytes = readFileSync(archive);
  const { uploadId, chunkBytes } = await callOk(app, 'data.beginImport', { bytes: bytes.length });
  for (let offset = 0, index = 0; offset < bytes.length; offset += chunkBytes, index++) {
    await callOk(app, 'data.appendImport', { uploadId, index, data: bytes.subarray(offset, offset + chunkBytes).toString('base64') });
  }
  return callOk(app, 'data.finishImport', { uploadId });
}

describe('export everything under concurrent re-recording', () => {
  test(
    'every recording row in the archive has its file, byte for byte; imported elsewhere and restarted, nothing is lost',
    { timeout: 60_000 },
    async () => {
      const app = core();
      const session = await sessionWithRecordings(app, 12);
      const before = new Map(
        readdirSync(recordingsDir(app.dataDir)).map((name) => [name, readFileSync(join(recordingsDir(app.dataDir), name))]),
      );

      // The export's snapshot is taken synchronously inside this call; the re-recordings below come after it.
      const exporting = call(app, 'data.exportEverything', {});
      let settled = false;
      void exporting.then(() => (settled = true));
      let rerecorded = 0;
      // Replace answers 0 and 1 right away, then again at each of the next turns of the event loop while the export runs.
      for (let round = 0; round === 0 || (round < 4 && !settled); round++) {
        await record(app, session.id, 0, 100 + round);
        await record(app, session.id, 1, 200 + round);
        rerecorded += 2;
        await turn();
      }
      const exported = await exporting;
      if (!exported.ok) throw new Error(exported.error.message);
      expect(rerecorded).toBeGreaterThanOrEqual(2);

      const { rowFiles, recordingFiles, manifest } = archiveContents(exported.value.path);
      expect(rowFiles).toHaveLength(12);
      expect(recordingFiles.size).toBe(12);
      expect(exported.value).toMatchObject({ recordings: 12, missingRecordings: 0 });
      for (const name of rowFiles) {
        // The archive holds the moment of the snapshot: the files as they were before the re-recordings.
        expect(recordingFiles.get(name)?.equals(before.get(name)!), name).toBe(true);
        expect(manifest.recordings.find((r) => r.name === name)?.sha256).toBe(sha256(recordingFiles.get(name)!));
      }
      // Meanwhile the live data moved on: answers 0 and 1 now have other files.
      const live = await callOk(app, 'sessions.get', { sessionId: session.id });
      expect(rowFiles).not.toContain(readdirSync(recordingsDir(app.dataDir)).find((n) => n.includes('-p0-')));
      expect(live.items[0]!.recording).not.toBeNull();
      // Nothing temporary is left in the exports folder.
      expect(readdirSync(exportsDir(app.dataDir)).filter((n) => n.startsWith('.'))).toEqual([]);

      const elsewhereDir = makeTempDir();
      const elsewhere = core(elsewhereDir);
      const report = await importInto(elsewhere, exported.value.path);
      expect(report).toMatchObject({ recordings: 12, missingRecordings: 0 });
      elsewhere.close();
      const restarted = core(elsewhereDir);
      expect(restarted.notices.list().find((n) => n.id === 'recordings-missing')).toBeUndefined();
      expect(restarted.db.prepare('SELECT count(*) AS n FROM recordings').get()).toEqual({ n: 12 });
      for (const name of rowFiles) expect(readFileSync(join(recordingsDir(elsewhereDir), name)).equals(before.get(name)!)).toBe(true);
    },
  );

  test('rows whose file is already missing are exported and counted; after import, start-up keeps them and tells the user', async () => {
    const app = core();
    await sessionWithRecordings(app, 3);
    const [gone] = readdirSync(recordingsDir(app.dataDir)).sort();
    rmSync(join(recordingsDir(app.dataDir), gone!));
    const exported = await callOk(app, 'data.exportEverything', {});
    expect(exported).toMatchObject({ recordings: 2, missingRecordings: 1 });
    expect(archiveContents(exported.path).rowFiles).toHaveLength(3);

    const elsewhereDir = makeTempDir();
    const elsewhere = core(elsewhereDir);
    expect(await importInto(elsewhere, exported.path)).toMatchObject({ recordings: 2, missingRecordings: 1 });
    elsewhere.close();
    const restarted = core(elsewhereDir);
    expect(restarted.db.prepare('SELECT count(*) AS n FROM recordings').get()).toEqual({ n: 3 });
    expect(restarted.notices.list().find((n) => n.id === 'recordings-missing')?.message).toMatch(
      /^1 answer has lost its recording: .*Nothing was deleted/,
    );
  });

  test('a failed export reports the failure and leaves no snapshot or partial archive behind', async () => {
    const app = core();
    const session = await sessionWithRecordings(app, 2);
    // A row naming a directory: it cannot be linked or read, so the export fails after its snapshot was taken.
    const name = `rec-s${session.id}-p1-${'f'.repeat(32)}.webm`;
    app.db.prepare('UPDATE recordings SET file_name = ? WHERE position = 1').run(name);
    mkdirSync(join(recordingsDir(app.dataDir), name));
    const failed = await call(app, 'data.exportEverything', {});
    expect(failed.ok).toBe(false);
    expect(readdirSync(exportsDir(app.dataDir))).toEqual([]);
    expect(existsSync(join(exportsDir(app.dataDir)))).toBe(true);
  });
});
