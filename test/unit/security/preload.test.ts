import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, test, vi } from 'vitest';
import { splitChannelName } from '../../../shared/contract/api-types';
import type { RawSubscribe } from '../../../shared/contract/events';
import { channelNames } from '../../../shared/contract/index';

const projectRoot = resolve(import.meta.dirname, '../../..');

// The real preload runs against a fake contextBridge / ipcRenderer, so we see
// exactly what it hands the page.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
}));
const fakeIpc = vi.hoisted(() => ({
  invoke: (...args: unknown[]): Promise<unknown> => {
    electron.invoked.push(args);
    return Promise.resolve({ ok: true, value: null });
  },
  listeners: new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>(),
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
  },
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
    this.listeners.set(
      channel,
      (this.listeners.get(channel) ?? []).filter((l) => l !== listener),
    );
  },
  send: () => undefined,
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  // eslint-disable-next-line no-restricted-syntax -- this stands in for Electron's ipcRenderer, to prove it is never handed on
  ipcRenderer: fakeIpc,
}));

beforeAll(async () => {
  await import('../../../electron/preload/index');
});

test('the preload exposes exactly four globals: `api`, `apiEvents`, `menu` and `shell`', () => {
  expect([...electron.exposed.keys()].sort()).toEqual(['api', 'apiEvents', 'menu', 'shell']);
  const events = electron.exposed.get('apiEvents') as Record<string, unknown>;
  expect(Object.keys(events)).toEqual(['subscribe']);
});

test('`subscribe` listens to one named event, hands on only the payload, and its return value stops listening', () => {
  const { subscribe } = electron.exposed.get('apiEvents') as { subscribe: RawSubscribe };
  const heard: unknown[][] = [];
  const stop = subscribe('data.changed', (...args: unknown[]) => heard.push(args));
  expect(fakeIpc.listeners.get('event:data.changed')).toHaveLength(1);
  fakeIpc.listeners.get('event:data.changed')!.forEach((listener) => listener({ sender: fakeIpc }, { domains: ['banks'] }));
  expect(heard).toEqual([[{ domains: ['banks'] }]]);
  stop();
  expect(fakeIpc.listeners.get('event:data.changed')).toHaveLength(0);
});

test('`subscribe` refuses a name that is not in the events list (so no invoke channel can be listened to)', () => {
  const { subscribe } = electron.exposed.get('apiEvents') as { subscribe: (name: string, listener: () => void) => unknown };
  for (const name of ['banks.list', 'event:data.changed', '__proto__', 'data.changed ', 'menu.command']) {
    expect(() => subscribe(name, () => undefined), name).toThrow(/Unknown event/);
  }
  expect(fakeIpc.listeners.has('banks.list')).toBe(false);
});

test('`menu` relays only known menu commands, by name alone, and unsubscribes', () => {
  const menu = electron.exposed.get('menu') as { onCommand(listener: (command: string) => void): () => void };
  expect(Object.keys(menu)).toEqual(['onCommand']);
  const received: unknown[][] = [];
  const unsubscribe = menu.onCommand((...args) => received.push(args));
  const emit = (...args: unknown[]) => fakeIpc.listeners.get('menu.command')?.forEach((listener) => listener({ sender: fakeIpc }, ...args));
  emit('go.settings');
  emit('rm -rf');
  emit({ toString: () => 'go.banks' });
  emit('practice.start', 'extra');
  expect(received).toEqual([['go.settings'], ['practice.start']]);
  unsubscribe();
  emit('go.banks');
  expect(received).toHaveLength(2);
});

test('`shell` answers a flush request with its id once the page has saved, and at once when nothing is registered', async () => {
  const shell = electron.exposed.get('shell') as { onFlushRequest(handler: () => Promise<unknown>): () => void };
  expect(Object.keys(shell)).toEqual(['onFlushRequest']);
  const sent: unknown[][] = [];
  fakeIpc.send = ((...args: unknown[]) => void sent.push(args)) as typeof fakeIpc.send;
  const request = (id: number) => fakeIpc.listeners.get('shell.flush-request')?.forEach((listener) => listener({ sender: fakeIpc }, id));
  request(1);
  expect(sent).toEqual([['shell.flush-done', 1]]);
  let release: () => void = () => undefined;
  const unsubscribe = shell.onFlushRequest(() => new Promise<void>((resolve) => (release = resolve)));
  request(2);
  await Promise.resolve();
  expect(sent).toHaveLength(1);
  release();
  await vi.waitFor(() =>
    expect(sent).toEqual([
      ['shell.flush-done', 1],
      ['shell.flush-done', 2],
    ]),
  );
  unsubscribe();
  request(3);
  expect(sent.at(-1)).toEqual(['shell.flush-done', 3]);
});

test('`api` holds one function per contract channel and nothing else', () => {
  const api = electron.exposed.get('api') as Record<string, Record<string, unknown>>;
  const exposed = Object.entries(api).flatMap(([domain, methods]) =>
    Object.entries(methods).map(([method, value]) => {
      expect(typeof value, `${domain}.${method}`).toBe('function');
      return `${domain}.${method}`;
    }),
  );
  expect(exposed.sort()).toEqual([...channelNames].sort());
  for (const value of [api, ...Object.values(api)]) {
    expect(value).not.toBe(fakeIpc);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  }
});

test('each method invokes only its own channel with exactly one argument', async () => {
  const api = electron.exposed.get('api') as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  for (const channel of channelNames) {
    const [domain, method] = splitChannelName(channel);
    electron.invoked.length = 0;
    await api[domain]![method]!({ probe: channel });
    expect(electron.invoked).toEqual([[channel, { probe: channel }]]);
  }
});

test('the preload source never hands ipcRenderer (or a generic invoke) to the page', () => {
  const source = readFileSync(resolve(projectRoot, 'electron/preload/index.ts'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const exposures = source.match(/exposeInMainWorld\(([^)]*)\)/g) ?? [];
  expect(exposures).toEqual([
    "exposeInMainWorld('api', api)",
    "exposeInMainWorld('apiEvents', { subscribe })",
    "exposeInMainWorld('menu', menu)",
    "exposeInMainWorld('shell', shell)",
  ]);
  // ipcRenderer appears in the import, inside the one invoke wrapper and in the menu relay's
  // on/removeListener on its own message (and the event subscription's checked channel), never as a value passed on.
  const uses =
    source.match(
      /ipcRenderer\b(?!\.(invoke|on|removeListener|send)\((channel|menuCommandMessage|flushRequestMessage|flushDoneMessage)\b)/g,
    ) ?? [];
  expect(uses).toHaveLength(1);
  expect(source).toMatch(/import \{[^}]*\bipcRenderer\b[^}]*\} from 'electron'/);
});

// Last in this file: once the page has adopted a generation, every later call carries it.
test('the first answer’s data generation is sent back with every later call, and the page never sees it', async () => {
  const api = electron.exposed.get('api') as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const original = fakeIpc.invoke;
  fakeIpc.invoke = (...args: unknown[]) => {
    electron.invoked.push(args);
    return Promise.resolve({ ok: true, value: 'v', generation: '0123456789abcdef' });
  };
  try {
    electron.invoked.length = 0;
    await expect(api.app!.info!({})).resolves.toEqual({ ok: true, value: 'v' });
    await expect(api.banks!.list!({})).resolves.toEqual({ ok: true, value: 'v' });
    expect(electron.invoked).toEqual([
      ['app.info', {}],
      ['banks.list', {}, '0123456789abcdef'],
    ]);
  } finally {
    fakeIpc.invoke = original;
  }
});
