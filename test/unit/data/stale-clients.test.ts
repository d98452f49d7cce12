import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contract } from '../../../shared/contract/index';
import type { EventName } from '../../../shared/contract/event-names';
import { startBridge } from '../../../electron/main/browser-mode/bridge-server';
import { bindIpc, type IpcEventLike } from '../../../electron/main/ipc/bind-ipc';
import { channelNames } from '../../../shared/contract/channel-names';
import { makeTempDir } from '../../helpers/temp-dir';
import { callOk } from '../../helpers/test-core';
import { useTestCores } from '../../helpers/use-test-cores';

const open = useTestCores();
type Core = ReturnType<typeof open>;

/** Calls a channel as a page that loaded generation `generation` would. */
const asPage = (core: Core, generation: string | undefined) => (channel: string, input: unknown) =>
  core.dispatch(channel, input, generation === undefined ? { transport: 'test' } : { transport: 'test', generation });

const interview = (company: string) => ({
  company,
  role: 'Analyst',
  heldAt: '2026-03-02T10:00:00.000Z',
  stage: 'first' as const,
  format: 'video' as const,
});

describe('a page that loaded data since replaced cannot write (issue 16, item 3)', () => {
  test('after a restore, a write carrying the old generation is refused, writes nothing, and every page is told to reload', async () => {
    const core = open();
    const events: { name: EventName; payload: unknown }[] = [];
    core.events.addSink((name, payload) => events.push({ name, payload }));
    const backup = await callOk(core, 'data.backupNow', {});
    const before = core.generation.current;
    const stale = asPage(core, before);

    // The stale page's session: an interview made after the backup, which the restore removes.
    const made = await stale('reflection.saveInterview', interview('Acme'));
    expect(made.ok).toBe(true);
    const staleId = made.ok ? (made.value as { id: number }).id : 0;

    // Another page restores the backup.
    await callOk(core, 'data.restoreBackup', { fileName: backup.fileName });
    expect(core.generation.current).not.toBe(before);
    expect(events.filter((e) => e.name === 'data.replaced')).toEqual([{ name: 'data.replaced', payload: { reason: 'restore' } }]);

    // A new interview is made; even if it got the stale page's id, the stale page's edit must not land in it.
    const fresh = await callOk(core, 'reflection.saveInterview', interview('Globex'));
    expect(fresh.id).toBeGreaterThan(staleId);
    const snapshot = () => JSON.stringify(core.db.prepare('SELECT * FROM interviews ORDER BY id').all());
    const rows = snapshot();

    for (const id of [staleId, fresh.id]) {
      const refused = await stale('reflection.saveInterview', { ...interview('Initech'), id });
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'stale_data',
          message: expect.stringMatching(/^Your data was restored from a backup after this page loaded, so this interview was not saved/),
        },
      });
    }
    const refusedNew = await stale('reflection.saveInterview', interview('Initech'));
    expect(refusedNew.ok ? 'saved' : refusedNew.error.code).toBe('stale_data');
    expect(snapshot()).toBe(rows);

    // Reads still answer (the event reloads the page); pages on the new generation, or with none yet, write.
    expect((await stale('reflection.listInterviews', {})).ok).toBe(true);
    expect((await asPage(core, core.generation.current)('reflection.saveInterview', { ...interview('Umbrella'), id: fresh.id })).ok).toBe(
      true,
    );
    expect((await asPage(core, undefined)('banks.create', { name: 'New page', description: '' })).ok).toBe(true);
  });

  test('an import of everything renews the generation too, and the refusal says it was an import', async () => {
    const core = open();
    const exported = await callOk(core, 'data.exportEverything', {});
    const before = core.generation.current;
    const bytes = readFileSync(exported.path);
    const { uploadId, chunkBytes } = await callOk(core, 'data.beginImport', { bytes: bytes.length });
    for (let offset = 0, index = 0; offset < bytes.length; offset += chunkBytes, index++) {
      await callOk(core, 'data.appendImport', { uploadId, index, data: bytes.subarray(offset, offset + chunkBytes).toString('base64') });
    }
    await callOk(core, 'data.finishImport', { uploadId });
    expect(core.generation.current).not.toBe(before);
    const refused = await asPage(core, before)('banks.create', { name: 'Late', description: '' });
    expect(refused.ok ? 'saved' : refused.error.message).toMatch(
      /^Your data was replaced by an import after this page loaded, so this bank was not saved/,
    );
  });

  test('the Electron IPC binding passes the generation on, refuses a malformed one, and answers with the current one', async () => {
    const core = open();
    const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
    bindIpc(
      { handle: (channel, listener) => void handlers.set(channel, listener), removeHandler: () => undefined },
      channelNames,
      core.dispatch,
      () => true,
      () => core.generation.current,
    );
    const event = { sender: { id: 1 }, senderFrame: { url: 'app://rehearse/index.html' } };
    const first = (await handlers.get('banks.list')!(event, {})) as { generation: string };
    expect(first.generation).toBe(core.generation.current);
    expect(await handlers.get('banks.create')!(event, { name: 'x', description: '' }, 'not-a-generation')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await handlers.get('banks.create')!(event, { name: 'x', description: '' }, 'ffffffffffffffff')).toMatchObject({
      ok: false,
      error: { code: 'stale_data' },
      generation: core.generation.current,
    });
    expect(await handlers.get('banks.create')!(event, { name: 'x', description: '' }, first.generation)).toMatchObject({ ok: true });
  });

  test('the browser-mode bridge reads the generation header (400 when malformed) and answers with the current one', async () => {
    const core = open();
    const bridge = await startBridge({
      contract,
      dispatch: core.dispatch,
      staticDir: makeTempDir(),
      port: 0,
      generation: () => core.generation.current,
    });
    try {
      const post = (channel: string, body: unknown, generation?: string) =>
        fetch(`${new URL(bridge.url).origin}/ipc/${channel}`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${bridge.token}`,
            'Content-Type': 'application/json',
            ...(generation === undefined ? {} : { 'X-Rehearse-Generation': generation }),
          },
          body: JSON.stringify(body),
        });
      const first = await post('banks.list', {});
      expect(((await first.json()) as { generation: string }).generation).toBe(core.generation.current);
      const malformed = await post('banks.create', { name: 'x', description: '' }, 'XYZ');
      expect(malformed.status).toBe(400);
      const stale = await post('banks.create', { name: 'x', description: '' }, '0000000000000000');
      expect(stale.status).toBe(409);
      expect(await stale.json()).toMatchObject({ ok: false, error: { code: 'stale_data' } });
      const current = await post('banks.create', { name: 'x', description: '' }, core.generation.current);
      expect(current.status).toBe(200);
    } finally {
      await bridge.close();
    }
  });
});
