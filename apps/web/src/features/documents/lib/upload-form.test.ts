import { DOCUMENT_UPLOAD_POLICY } from '@cos/contracts';
import { describe, expect, it } from 'vitest';
import { formatFileSize, UploadValues, uploadMessages } from './upload-form.ts';

const file = (name: string, size: number, type = '') => new File([new Uint8Array(size)], name, { type });
const files = (...chosen: File[]) => chosen as unknown as FileList;
/** The words a person would read for each problem, as the form picks them (by issue code). */
const problems = (values: { file: FileList | undefined; description: string }) =>
  (UploadValues.safeParse({ caseNumber: '', ...values }).error?.issues ?? []).map(({ path, code }) => {
    const field = String(path[0]) as keyof typeof uploadMessages;
    const byCode: Partial<Record<string, string>> = uploadMessages[field];
    return `${field}:${byCode[code] ?? code}`;
  });

describe("the upload form's checks", () => {
  it('asks for a file and a description', () => {
    expect(problems({ file: files(), description: ' ' })).toEqual([
      'file:documents:errors.fileMissing',
      'description:too_small',
    ]);
  });

  it('stops a file over 10 MB before it is sent, and takes one of exactly 10 MB', () => {
    expect(
      problems({ file: files(file('scan.pdf', DOCUMENT_UPLOAD_POLICY.maxBytes + 1)), description: 'Order' }),
    ).toEqual(['file:documents:errors.fileTooLarge']);
    expect(
      problems({ file: files(file('scan.pdf', DOCUMENT_UPLOAD_POLICY.maxBytes)), description: 'Order' }),
    ).toEqual([]);
  });

  it('refuses an empty file and one that is plainly not a PDF, JPEG or PNG', () => {
    expect(problems({ file: files(file('scan.pdf', 0)), description: 'Order' })).toEqual([
      'file:documents:errors.fileEmpty',
    ]);
    expect(problems({ file: files(file('letter.docx', 10)), description: 'Order' })).toEqual([
      'file:documents:errors.fileType',
    ]);
    expect(problems({ file: files(file('scan', 10, 'image/png')), description: 'Order' })).toEqual([]);
  });
});

describe('formatFileSize', () => {
  it('reads as people say it', () => {
    expect(formatFileSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
    expect(formatFileSize(2048, 'en')).toBe('2 KB');
    expect(formatFileSize(12, 'es')).toBe('12 B');
  });
});
