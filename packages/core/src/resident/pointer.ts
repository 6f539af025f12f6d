import type { TransactionEntities } from "../counter/write";
import type { RecordKind } from "./record.entity";

/** The transaction item that lists a new record under the phone that made it; it expires with the record. */
export function recordPointer(
  residentRecord: TransactionEntities["residentRecord"],
  countyId: string,
  phoneHash: string,
  kind: RecordKind,
  recordId: string,
  at: number,
  expiresAt?: number,
) {
  return residentRecord.put({ countyId, phoneHash, kind, recordId, at, expiresAt }).commit();
}

/** The transaction item that removes a record's pointer with the record. */
export function dropPointer(
  residentRecord: TransactionEntities["residentRecord"],
  key: { countyId: string; phoneHash: string; kind: RecordKind; recordId: string },
) {
  return residentRecord.delete(key).commit();
}
