import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AppCore } from '../../electron/main/app-core';
import type { SessionDetail, SetupOptions } from '../../shared/domain/sessions';
import { pick, type Random } from '../fuzz/hostile-values';
import { type BeginLine, emit, type AckLine } from './protocol';

/** What an operation in the child may use. */
export interface ChildContext {
  core: AppCore;
  rng: Random;
  /** Prefix of every marker, unique per trial. */
  trial: string;
  /** Calls a channel through the real dispatcher; throws when the app refuses a valid request. */
  call<T>(channel: string, input: unknown): Promise<T>;
  nextId(): number;
  session: { id: number; next: number; size: number } | null;
  /** Backups whose creation was acknowledged, for restores to choose from. */
  backups: string[];
}

/** One kind of real work the child repeats until it is killed; `weight` sets how often. */
export interface ChildOperation {
  name: string;
  weight: number;
  run(ctx: ChildContext): Promise<void>;
}

/** Reports `begin`, does the work, and reports `ack` only once the caller has its answer. */
export async function step(
  ctx: ChildContext,
  begin: Omit<BeginLine, 'id'>,
  work: () => Promise<Omit<AckLine, 'id'> | void>,
): Promise<void> {
  const id = ctx.nextId();
  emit('begin', { id, ...begin });
  const extra = await work();
  emit('ack', { id, ...(extra ?? {}) });
}

/** The session answers go into; a new one is started (a write of its own) when the last is full. */
async function currentSession(ctx: ChildContext): Promise<{ id: number; position: number }> {
  if (!ctx.session || ctx.session.next >= ctx.session.size) {
    await step(ctx, { op: 'startSession', type: 'write', effects: [] }, async () => {
      const options = await ctx.call<SetupOptions>('sessions.setupOptions', {});
      const setup = { ...options.defaults, count: 20, pressure: 'untimed' as const, recording: 'audio' as const };
      const detail = await ctx.call<SessionDetail>('sessions.start', { setup });
      ctx.session = { id: detail.id, next: 0, size: detail.items.length };
    });
  }
  const session = ctx.session!;
  return { id: session.id, position: session.next++ };
}

async function saveAnswer(ctx: ChildContext, sessionId: number, position: number): Promise<void> {
  const key = `${ctx.trial}-a${ctx.nextId()}`;
  await step(ctx, { op: 'answer', type: 'write', effects: [{ kind: 'answer', key, sessionId, position }] }, async () => {
    await ctx.call('sessions.saveAnswer', {
      sessionId,
      position,
      skipped: false,
      confidence: 1 + Math.floor(ctx.rng() * 5),
      timeUsedMs: Math.floor(ctx.rng() * 120_000),
      selfCheck: { eyeContact: true, posture: false, pace: true, fillerWords: false, structure: true, answeredQuestion: true },
      note: key,
      struggled: ctx.rng() < 0.2,
    });
  });
}

/** WebM starts with the EBML magic; the rest is noise of a realistic size (one or several chunks). */
function fakeRecording(rng: Random): Buffer {
  const size = rng() < 0.8 ? 2_000 + Math.floor(rng() * 200_000) : 2_000_000 + Math.floor(rng() * 2_500_000);
  const bytes = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i += 4) bytes.writeUInt32LE(Math.floor(rng() * 0x1_0000_0000), Math.min(i, size - 4));
  Buffer.from([0x1a, 0x45, 0xdf, 0xa3]).copy(bytes);
  return bytes;
}

export const answerOperation: ChildOperation = {
  name: 'answer',
  weight: 5,
  async run(ctx) {
    const { id, position } = await currentSession(ctx);
    await saveAnswer(ctx, id, position);
  },
};

export const recordedAnswerOperation: ChildOperation = {
  name: 'recording',
  weight: 2,
  async run(ctx) {
    const { id: sessionId, position } = await currentSession(ctx);
    const bytes = fakeRecording(ctx.rng);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = `${ctx.trial}-r${ctx.nextId()}`;
    const marker = { kind: 'recording' as const, key, sessionId, position, bytes: bytes.length, sha256 };
    await step(ctx, { op: 'recording', type: 'write', effects: [marker] }, async () => {
      const { uploadId, chunkBytes } = await ctx.call<{ uploadId: string; chunkBytes: number }>('sessions.beginRecording', {
        sessionId,
        position,
        mimeType: 'audio/webm;codecs=opus',
      });
      for (let offset = 0, index = 0; offset < bytes.length; offset += chunkBytes, index++) {
        const data = bytes.subarray(offset, offset + chunkBytes).toString('base64');
        await ctx.call('sessions.appendRecording', { uploadId, index, data });
      }
      await ctx.call('sessions.finishRecording', { uploadId, durationMs: 1000 + Math.floor(ctx.rng() * 60_000) });
    });
    // The answer row for the recorded position, as the user rates it right after.
    await saveAnswer(ctx, sessionId, position);
  },
};

export const importOperation: ChildOperation = {
  name: 'import',
  weight: 2,
  async run(ctx) {
    const key = `${ctx.trial}-i${ctx.nextId()}`;
    const count = 1 + Math.floor(ctx.rng() * 300);
    const file = {
      formatVersion: 1,
      bank: { name: key, description: 'Written by the crash harness' },
      questions: Array.from({ length: count }, (_, i) => ({ text: `Crash question ${i} of ${key}?`, tags: ['crash'] })),
    };
    await step(ctx, { op: 'import', type: 'write', effects: [{ kind: 'import', key, questions: count }] }, async () => {
      const base64 = Buffer.from(JSON.stringify(file)).toString('base64');
      await ctx.call('banks.import', { fileName: `${key}.json`, base64, duplicates: 'keepBoth' });
    });
  },
};

export const backupOperation: ChildOperation = {
  name: 'backup',
  weight: 1,
  async run(ctx) {
    await step(ctx, { op: 'backup', type: 'backup', effects: [] }, async () => {
      const backup = await ctx.call<{ fileName: string }>('data.backupNow', {});
      ctx.backups.push(backup.fileName);
      return { backup: backup.fileName };
    });
  },
};

export const restoreOperation: ChildOperation = {
  name: 'restore',
  weight: 1,
  async run(ctx) {
    if (ctx.backups.length === 0) return backupOperation.run(ctx);
    const backup = pick(ctx.rng, ctx.backups);
    await step(ctx, { op: 'restore', type: 'restore', effects: [], backup }, async () => {
      await ctx.call('data.restoreBackup', { fileName: backup });
    });
    ctx.session = null; // the restored data may not have it
  },
};

/** The real operations, through the services. New features add theirs here. */
export const safeOperations: ChildOperation[] = [
  answerOperation,
  recordedAnswerOperation,
  importOperation,
  backupOperation,
  restoreOperation,
];

// ——— Negative control: deliberately unsafe write paths, which the harness must catch. ———

export const unsafeAnswerOperation: ChildOperation = {
  name: 'unsafe-answer',
  weight: 3,
  async run(ctx) {
    const { id: sessionId, position } = await currentSession(ctx);
    const key = `${ctx.trial}-ua${ctx.nextId()}`;
    // Write-behind: acknowledged at once, written a little later (the bug a "faster save" introduces).
    await step(ctx, { op: 'unsafe-answer', type: 'write', effects: [{ kind: 'answer', key, sessionId, position }] }, async () => undefined);
    await new Promise((done) => setTimeout(done, Math.floor(ctx.rng() * 30)));
    ctx.core.db
      .prepare(
        `INSERT INTO answers (session_id, question_id, position, confidence, time_used_ms, note, answered_at)
         SELECT session_id, question_id, position, 3, 1000, @key, @at FROM session_questions WHERE session_id = @sessionId AND position = @position`,
      )
      .run({ key, sessionId, position, at: new Date().toISOString() });
  },
};

export const unsafeImportOperation: ChildOperation = {
  name: 'unsafe-import',
  weight: 2,
  async run(ctx) {
    const key = `${ctx.trial}-ui${ctx.nextId()}`;
    const count = 20 + Math.floor(ctx.rng() * 200);
    // Row by row without a transaction: a kill part-way leaves a bank with some of its questions.
    await step(ctx, { op: 'unsafe-import', type: 'write', effects: [{ kind: 'import', key, questions: count }] }, async () => {
      const at = new Date().toISOString();
      const bank = ctx.core.db.prepare('INSERT INTO banks (name, created_at, updated_at) VALUES (?, ?, ?)').run(key, at, at);
      const insert = ctx.core.db.prepare('INSERT INTO questions (bank_id, text, created_at, updated_at) VALUES (?, ?, ?, ?)');
      for (let i = 0; i < count; i++) {
        insert.run(bank.lastInsertRowid, `Unsafe ${i}?`, at, at);
        await nextTurn();
      }
    });
  },
};

export const unsafeOperations: ChildOperation[] = [unsafeAnswerOperation, unsafeImportOperation];

export function chooseOperation(operations: ChildOperation[], rng: Random): ChildOperation {
  const total = operations.reduce((sum, op) => sum + op.weight, 0);
  let roll = rng() * total;
  for (const op of operations) {
    roll -= op.weight;
    if (roll < 0) return op;
  }
  return operations[operations.length - 1]!;
}
