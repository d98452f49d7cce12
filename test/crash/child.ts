import { parseArgs } from 'node:util';
import { createAppCore } from '../../electron/main/app-core';
import { confBackend } from '../../electron/main/settings/conf-backend';
import { readUserVersion } from '../../electron/main/storage/migrate';
import { seededRandom } from '../fuzz/hostile-values';
import { chooseOperation, type ChildContext, safeOperations, step, unsafeOperations } from './child-ops';
import { emit } from './protocol';

// The crash harness's child: opens the data folder through the real app core
// (migrating it when it is old) and then does real work through the
// dispatcher, operation after operation, until the parent kills it.

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    seed: { type: 'string', default: '1' },
    trial: { type: 'string', default: 't' },
    ops: { type: 'string', default: '' },
    unsafe: { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir is required');
  const rng = seededRandom(Number(values.seed));
  const pool = values.unsafe ? unsafeOperations : safeOperations;
  const wanted = values.ops ? values.ops.split(',') : pool.map((op) => op.name);
  const operations = pool.filter((op) => wanted.includes(op.name));
  if (operations.length === 0) throw new Error(`No operations match "${values.ops}"`);

  let id = 0;
  const context = { rng, trial: values.trial, nextId: () => ++id, session: null, backups: [] } as Omit<ChildContext, 'core' | 'call'>;
  emit('ready', { pid: process.pid });

  let core: ChildContext['core'] | undefined;
  await step({ ...context, nextId: () => 0 } as ChildContext, { op: 'open', type: 'open', effects: [] }, async () => {
    core = createAppCore({ dataDir, mode: 'browser', version: '0.0.0-crash', settingsBackend: confBackend });
    return { version: readUserVersion(core.db) };
  });
  const ctx: ChildContext = {
    ...context,
    core: core!,
    async call<T>(channel: string, input: unknown): Promise<T> {
      const result = await core!.dispatch(channel, input, { transport: 'test' });
      if (!result.ok) throw new Error(`${channel} refused a valid request: ${result.error.code}: ${result.error.message}`);
      return result.value as T;
    },
  };
  // Bounded: the parent kills long before this; a child it forgot still stops by itself.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) await chooseOperation(operations, rng).run(ctx);
}

main().catch((error: unknown) => {
  emit('error', { message: error instanceof Error ? error.message : String(error) });
  process.exit(3);
});
