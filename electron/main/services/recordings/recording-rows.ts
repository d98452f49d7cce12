import type { RecordingInfo } from '../../../../shared/domain/sessions';
import { deliveryColumns, deliveryFromRow, deliveryJoin, type DeliveryColumns } from '../delivery/delivery-rows';

/** A `recordings` row as SQLite returns it, with its delivery facts joined (null columns when not analysed). */
export interface RecordingRow extends DeliveryColumns {
  id: number;
  session_id: number;
  position: number;
  file_name: string;
  mime_type: string;
  byte_size: number;
  duration_ms: number;
  created_at: string;
}

export const recordingColumns = 'r.id, r.session_id, r.position, r.file_name, r.mime_type, r.byte_size, r.duration_ms, r.created_at';

/** `SELECT` of recordings (alias `r`) with their delivery facts; add a `WHERE`. */
export const recordingSelect = `SELECT ${recordingColumns}, ${deliveryColumns} FROM recordings r ${deliveryJoin('r')}`;

export function recordingFromRow(row: RecordingRow): RecordingInfo {
  return {
    id: row.id,
    mimeType: row.mime_type,
    byteSize: row.byte_size,
    durationMs: row.duration_ms,
    createdAt: row.created_at,
    delivery: deliveryFromRow(row),
  };
}
