import { request } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { contract } from '../../../shared/contract/index';
import { startBridge } from '../../../electron/main/browser-mode/bridge-server';
import { databaseFileName, openDatabase } from '../../../electron/main/storage/open-database';
import { openTestCore } from '../../helpers/test-core';
import { makeTempDir } from '../../helpers/temp-dir';
import { type BenchRow, measure, row } from '../measure';

function post(port: number, path: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => done());
    });
    req.on('error', fail);
    req.end(body);
  });
}

export async function foundationBench(): Promise<BenchRow[]> {
  const dir = makeTempDir('rehearse-bench-');
  openDatabase(dir).db.close();
  const file = join(dir, databaseFileName);
  const open = await measure(() => openDatabase(dir).db.close(), { iterations: 100 });
  const rawOpen = await measure(() => new BetterSqlite3(file).close(), { iterations: 100 });

  const core = openTestCore();
  const bridge = await startBridge({ contract, dispatch: core.dispatch, staticDir: dir, port: 0 });
  const auth = { Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json' };
  const ipc = await measure(() => post(bridge.port, '/ipc/settings.get', '{}', auth), { iterations: 300 });
  await bridge.close();

  const raw = createServer((_req, res) => res.end('{}'));
  await new Promise<void>((done) => raw.listen(0, '127.0.0.1', done));
  const rawPort = (raw.address() as AddressInfo).port;
  const rawHttp = await measure(() => post(rawPort, '/', '{}'), { iterations: 300 });
  raw.close();
  core.close();

  return [
    row('database open + migration check', 1, open, rawOpen, 'raw better-sqlite3 open'),
    row('browser-mode IPC round trip (settings.get)', 1, ipc, rawHttp, 'raw loopback HTTP round trip'),
  ];
}
