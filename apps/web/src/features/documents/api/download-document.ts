import { apiPaths } from '../../../config/paths.ts';
import { apiSaveFile } from '../../../lib/api-client.ts';

/** Saves one of the parent's documents (under the name the server gives, else its own). */
export async function downloadDocument(id: string, fileName: string): Promise<void> {
  await apiSaveFile(apiPaths.documents.file(id), fileName);
}
