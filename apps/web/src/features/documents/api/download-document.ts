import { apiPaths } from '../../../config/paths.ts';
import { apiDownload } from '../../../lib/api-client.ts';

/**
 * Saves one of the parent's documents. Fetched with the bearer token (a plain link cannot carry
 * it) and handed to the browser from a blob: URL, revoked shortly after.
 */
export async function downloadDocument(id: string, fileName: string): Promise<void> {
  const { blob, filename } = await apiDownload(apiPaths.documents.file(id), fileName);
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
