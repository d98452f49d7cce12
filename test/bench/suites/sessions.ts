import { request } from 'node:http';
import BetterSqlite3 from 'better-sqlite3';
import { contract } from '../../../shared/contract/index';
import { type RatingBase, ratingBaseOf } from '../../../shared/domain/answers';
import type { SessionDetail } from '../../../shared/domain/sessions';
import { startBridge } from '../../../electron/main/browser-mode/bridge-server';
import { applyConnectionPragmas } from '../../../electron/main/storage/open-database';
import { callOk, openTestCore } from '../../helpers/test-core';
import { makeTempDir } from '../../helpers/temp-dir';
import { type BenchRow, measure, row } from '../measure';

/** POSTs JSON and resolves with the parsed answer, so a failed save cannot pass for a fast one. */
function postJson(port: number, path: string, body: string, token: string): Promise<{ ok: boolean }> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent: false,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

const selfCheck = { eyeContact: true, posture: false, pace: true, fillerWords: false, structure: true, answeredQuestion: true };

/**
 * Saving a rating, as the user feels it in browser mode: the HTTP round trip
 * to `sessions.saveAnswer` (validation, one transaction with the review
 * schedule, synchronous=FULL commit) until the answer is back. Beside it, the
 * bare commit of the same row with better-sqlite3, and the same save called in
 * process (what Electron IPC adds to is this, not HTTP).
 */
export async function sessionsBench(): Promise<BenchRow[]> {
  const core = openTestCore(makeTempDir('rehearse-bench-'));
  const bankId = Number(
    core.db
      .prepare("INSERT INTO banks (name, created_at, updated_at) VALUES ('Bench', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
      .run().lastInsertRowid,
  );
  const insert = core.db.prepare(
    "INSERT INTO questions (bank_id, text, created_at, updated_at) VALUES (?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
  );
  const ids = Array.from({ length: 20 }, (_, i) => Number(insert.run(bankId, `Bench question ${i}?`).lastInsertRowid));
  const setup = (await callOk(core, 'sessions.setupOptions', {})).defaults;
  const session: SessionDetail = await callOk(core, 'sessions.start', {
    setup: { ...setup, bankIds: [bankId], count: 20 },
    questionIds: ids,
  });

  let n = 0;
  // Each save carries the rating it replaces as `base`, as the rating panel sends it, so the two-window merge runs.
  const lastSaved = new Map<number, RatingBase>();
  const nextInput = () => {
    n++;
    const position = n % 20;
    const rating = { skipped: false, confidence: (n % 5) + 1, selfCheck, note: `take ${n}`, struggled: n % 7 === 0 };
    const base = ratingBaseOf(lastSaved.get(position) ?? null);
    lastSaved.set(position, rating);
    return { sessionId: session.id, position, timeUsedMs: 60_000 + n, ...rating, base };
  };

  const bridge = await startBridge({ contract, dispatch: core.dispatch, staticDir: core.dataDir, port: 0 });
  const http = await measure(
    async () => {
      const answer = await postJson(bridge.port, '/ipc/sessions.saveAnswer', JSON.stringify(nextInput()), bridge.token);
      if (!answer.ok) throw new Error('saveAnswer failed during the benchmark');
    },
    { iterations: 300 },
  );
  await bridge.close();
  const inProcess = await measure(() => callOk(core, 'sessions.saveAnswer', nextInput()), { iterations: 300 });

  const raw = new BetterSqlite3(core.deps.databaseFile);
  applyConnectionPragmas(raw);
  const upsert = raw.prepare(`
    INSERT INTO answers (session_id, question_id, position, skipped, confidence, time_used_ms, time_limit_ms, self_check, note, struggled, answered_at)
    VALUES (@sessionId, @questionId, @position, 0, @confidence, @timeUsedMs, 120000, @selfCheck, @note, @struggled, '2026-01-01T00:00:00Z')
    ON CONFLICT (session_id, position) DO UPDATE SET confidence = excluded.confidence, time_used_ms = excluded.time_used_ms,
      self_check = excluded.self_check, note = excluded.note, struggled = excluded.struggled`);
  const commit = raw.transaction((input: ReturnType<typeof nextInput>) =>
    upsert.run({
      ...input,
      questionId: ids[input.position]!,
      selfCheck: JSON.stringify(input.selfCheck),
      struggled: input.struggled ? 1 : 0,
    }),
  );
  const rawCommit = await measure(() => commit(nextInput()), { iterations: 300 });
  raw.close();
  core.close();

  return [
    row('save an answer: click → acknowledged (browser mode, HTTP)', 1, http, rawCommit, 'raw better-sqlite3 commit of the same row'),
    row('save an answer: in-process dispatch', 1, inProcess, rawCommit, 'raw better-sqlite3 commit of the same row'),
  ];
}
