import type { ErrorData } from '../../../../shared/contract/result';
import type { ExportFormat } from '../../../../shared/domain/import-export/document';
import { api } from '../../api/client';
import { saveFile } from '../../files/save-file';

/** Asks the main process for an export and saves it: the native save dialog in the app, a download in browser mode. */
export async function exportBanks(
  bankId: number | undefined,
  format: ExportFormat,
): Promise<{ ok: true; message: string } | { ok: false; error: ErrorData }> {
  const result = await api.banks.export(bankId === undefined ? { format } : { bankId, format });
  if (!result.ok) return result;
  const saved = await saveFile(result.value);
  if (!saved.ok) return saved;
  if (saved.value.savedTo === null) return { ok: true, message: 'Export cancelled: nothing was saved.' };
  const n = result.value.questionCount;
  return { ok: true, message: `Exported ${n === 1 ? '1 question' : `${n} questions`} to ${saved.value.savedTo}.` };
}
