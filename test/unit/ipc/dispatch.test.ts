import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { channel, mergeTables } from '../../../shared/contract/channel';
import { contract } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { mergeHandlers } from '../../../electron/main/ipc/handlers';
import { call, openTestCore } from '../../helpers/test-core';
import { removeTempDirs } from '../../helpers/temp-dir';

afterEach(removeTempDirs);

const ctx = { transport: 'test' } as const;
const table = {
  'demo.echo': channel(z.strictObject({ text: z.string().min(1) })).returns<string>(),
  'demo.fail': channel(z.strictObject({})).returns<null>(),
  'demo.crash': channel(z.strictObject({})).returns<null>(),
};
const dispatch = createDispatch(table, {
  'demo.echo': ({ text }: { text: string }) => text,
  'demo.fail': () => {
    throw new AppError('not_found', 'No such thing.');
  },
  'demo.crash': () => {
    throw new TypeError('secret internals');
  },
});

describe('dispatch', () => {
  test('parses the input and answers { ok: true, value }', async () => {
    await expect(dispatch('demo.echo', { text: 'hi' }, ctx)).resolves.toEqual({ ok: true, value: 'hi' });
  });

  test('names the offending field of malformed input', async () => {
    const result = await dispatch('demo.echo', { text: 42 }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'text' }] } });
    if (!result.ok) expect(result.error.message).toContain('text');
  });

  test('refuses extra fields, prototype keys and unknown channels', async () => {
    expect(await dispatch('demo.echo', { text: 'a', extra: 1 }, ctx)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch('demo.echo', JSON.parse('{"text":"a","__proto__":{"x":1}}'), ctx)).toMatchObject({ ok: false });
    expect(await dispatch('__proto__', {}, ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch('toString', {}, ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  test('turns service errors into data and hides unexpected ones behind internal_error', async () => {
    expect(await dispatch('demo.fail', {}, ctx)).toEqual({ ok: false, error: { code: 'not_found', message: 'No such thing.' } });
    const crash = await dispatch('demo.crash', {}, ctx);
    expect(crash).toMatchObject({ ok: false, error: { code: 'internal_error' } });
    expect(JSON.stringify(crash)).not.toContain('secret internals');
  });

  test('refuses a contract whose channel has no handler', () => {
    expect(() => createDispatch(table, {})).toThrow(/has no handler/);
  });
});

describe('contract tables', () => {
  test('a channel defined twice is refused', () => {
    const a = { 'x.y': channel(z.strictObject({})).returns<null>() };
    expect(() => mergeTables(a, a)).toThrow(/defined twice/);
    expect(() => mergeHandlers({ 'x.y': () => null }, { 'x.y': () => null })).toThrow(/two handlers/);
  });

  test('every channel is named domain.method', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });
});

describe('the real app core', () => {
  test('answers settings.get with defaults and validates settings.update', async () => {
    const core = openTestCore();
    expect(await call(core, 'settings.get', {})).toMatchObject({ ok: true, value: { theme: 'system', recording: 'off' } });
    const bad = await call(core, 'settings.update', { thinkSeconds: 999 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'thinkSeconds' }] } });
    expect(await call(core, 'settings.update', { theme: 'dark' })).toMatchObject({ ok: true, value: { theme: 'dark' } });
    core.close();
  });
});
