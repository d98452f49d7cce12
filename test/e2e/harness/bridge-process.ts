import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { browserModeArgs } from '../../helpers/browser-mode-command';

const projectRoot = resolve(import.meta.dirname, '../../..');

export interface BridgeProcess {
  url: string;
  origin: string;
  token: string;
  output: () => string;
  /** SIGTERM, as a user closing the app would; resolves once the process has exited. */
  stop(): Promise<number | null>;
}

/**
 * Starts the real browser mode (`tsx electron/main/browser-mode/cli.ts`, the
 * command behind `npm run browser` once built) on a free port with its own data folder.
 */
export async function startBridgeProcess(dataDir: string, extraEnv: Record<string, string> = {}): Promise<BridgeProcess> {
  const child: ChildProcess = spawn(process.execPath, browserModeArgs, {
    cwd: projectRoot,
    env: { ...process.env, REHEARSE_DATA_DIR: dataDir, REHEARSE_PORT: '0', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let onOutput = () => {};
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    onOutput();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  // Ready when the URL line is printed: checked on each output event, no polling and no deadline here.
  const url = await new Promise<string>((found, failed) => {
    onOutput = () => {
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)$/m.exec(output);
      if (!match?.[1]) return;
      onOutput = () => {};
      found(match[1]);
    };
    onOutput();
    void exited.then((code) => failed(new Error(`browser mode exited with ${code} before it was ready:\n${output}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
  };
}
