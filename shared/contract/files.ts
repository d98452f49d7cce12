import { z } from 'zod';
import { channel } from './channel';

/** Text or base64; base64 carries binary files (archives with recordings) over JSON and IPC. */
export const fileEncodings = ['utf8', 'base64'] as const;
export const maxFileBytes = 64 * 1024 * 1024;

export interface OpenedFile {
  fileName: string;
  content: string;
  encoding: (typeof fileEncodings)[number];
}

/**
 * Native open/save dialogs, available in the desktop app only. Browser mode
 * answers `unavailable`, and the renderer falls back to file inputs and downloads.
 */
export const fileChannels = {
  'files.save': channel(
    z.strictObject({
      suggestedName: z.string().min(1).max(200),
      content: z.string().max(Math.ceil((maxFileBytes * 4) / 3)),
      encoding: z.enum(fileEncodings),
    }),
  ).returns<{ saved: boolean; path: string | null }>(),
  'files.open': channel(
    z.strictObject({
      title: z.string().min(1).max(200),
      extensions: z
        .array(z.string().regex(/^[a-z0-9]{1,8}$/))
        .min(1)
        .max(10),
      encoding: z.enum(fileEncodings),
    }),
  ).returns<OpenedFile | null>(),
};
