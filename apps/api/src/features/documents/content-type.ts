// A document's type comes from its first bytes (its "magic number"), never from the file name or
// the Content-Type the browser sent: both are whatever the sender says. file-type knows hundreds of
// signatures; only the three the agency accepts pass.
import { DocumentContentType } from '@cos/contracts';
import { fileTypeFromBuffer } from 'file-type';

/** How many leading bytes detection needs (file-type's own recommendation). */
export const SNIFF_BYTES = 4100;

export async function detectDocumentType(head: Uint8Array): Promise<DocumentContentType | null> {
  const detected = await fileTypeFromBuffer(head);
  const parsed = DocumentContentType.safeParse(detected?.mime);
  return parsed.success ? parsed.data : null;
}
