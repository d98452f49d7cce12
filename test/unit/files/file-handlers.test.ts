import { expect, test } from 'vitest';
import { fileHandlers } from '../../../electron/main/services/files/handlers';
import type { SystemDialogs } from '../../../electron/main/services/files/system-dialogs';

const ctx = { transport: 'test' } as const;

function fakeDialogs(picked: { fileName: string; data: Buffer } | null) {
  const saved: { name: string; data: Buffer }[] = [];
  const dialogs: SystemDialogs = {
    save: async (name, data) => {
      saved.push({ name, data });
      return `/home/me/${name}`;
    },
    open: async () => picked,
  };
  return { dialogs, saved };
}

test('browser mode has no native dialogs and says so', async () => {
  const handlers = fileHandlers(null);
  await expect(handlers['files.save']({ suggestedName: 'a.json', content: '{}', encoding: 'utf8' }, ctx)).rejects.toMatchObject({
    code: 'unavailable',
  });
});

test('saves text and binary content as the bytes they stand for', async () => {
  const { dialogs, saved } = fakeDialogs(null);
  const handlers = fileHandlers(dialogs);
  await expect(handlers['files.save']({ suggestedName: 'bank.csv', content: 'é,ü', encoding: 'utf8' }, ctx)).resolves.toEqual({
    saved: true,
    path: '/home/me/bank.csv',
  });
  await handlers['files.save']({ suggestedName: 'x.bin', content: Buffer.from([0, 255, 1]).toString('base64'), encoding: 'base64' }, ctx);
  expect(saved[0]!.data.toString('utf8')).toBe('é,ü');
  expect([...saved[1]!.data]).toEqual([0, 255, 1]);
});

test('opened text must be valid UTF-8; a cancelled dialog is null', async () => {
  const latin1 = fakeDialogs({ fileName: 'old.csv', data: Buffer.from([0x63, 0x61, 0x66, 0xe9]) });
  await expect(fileHandlers(latin1.dialogs)['files.open']({ title: 'Import', extensions: ['csv'], encoding: 'utf8' }, ctx)).rejects.toThrow(
    /not UTF-8/,
  );
  const good = fakeDialogs({ fileName: 'ok.csv', data: Buffer.from('café', 'utf8') });
  await expect(fileHandlers(good.dialogs)['files.open']({ title: 'Import', extensions: ['csv'], encoding: 'utf8' }, ctx)).resolves.toEqual({
    fileName: 'ok.csv',
    content: 'café',
    encoding: 'utf8',
  });
  await expect(
    fileHandlers(fakeDialogs(null).dialogs)['files.open']({ title: 'Import', extensions: ['csv'], encoding: 'utf8' }, ctx),
  ).resolves.toBeNull();
});
