import type { InputOf, OutputOf } from '../../shared/contract/channel';
import type { ChannelName, Contract } from '../../shared/contract/index';
import type { Result } from '../../shared/contract/result';
import { type AppCore, createAppCore } from '../../electron/main/app-core';
import { confBackend } from '../../electron/main/settings/conf-backend';
import { makeTempDir } from './temp-dir';

/** The real app core (real SQLite, real settings file) in a fresh temp data folder, or in `dataDir`. */
export function openTestCore(dataDir: string = makeTempDir()): AppCore & { dataDir: string } {
  return Object.assign(createAppCore({ dataDir, mode: 'browser', version: '0.0.0-test', settingsBackend: confBackend }), { dataDir });
}

/** Calls a channel through the real dispatcher (validation included), as the renderer would. */
export function call<N extends ChannelName>(
  core: AppCore,
  channel: N,
  input: InputOf<Contract[N]>,
): Promise<Result<OutputOf<Contract[N]>>> {
  return core.dispatch(channel, input, { transport: 'test' }) as Promise<Result<OutputOf<Contract[N]>>>;
}

/** Like `call`, but fails the test with the error message unless the call succeeded. */
export async function callOk<N extends ChannelName>(
  core: AppCore,
  channel: N,
  input: InputOf<Contract[N]>,
): Promise<OutputOf<Contract[N]>> {
  const result = await call(core, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}
