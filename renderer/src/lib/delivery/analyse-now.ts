import { api } from '../../api/client';
import { analyseAndStore } from './analyse-and-store';

/** Analyses one saved recording now (fetched back from the data folder); resolves to an error message or null. */
export async function analyseSavedRecording(recordingId: number): Promise<string | null> {
  const result = await analyseAndStore(api.sessions, recordingId);
  return result.ok ? null : result.error.message;
}
