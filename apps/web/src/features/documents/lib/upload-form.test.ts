import { DOCUMENT_UPLOAD_POLICY } from '@cos/contracts';
import { describe, expect, it } from 'vitest';
import { formatFileSize, uploadFieldIds, validateUpload } from './upload-form.ts';

const file = (name: string, size: number, type = '') => new File([new Uint8Array(size)], name, { type });
const keys = (errors: ReturnType<typeof validateUpload>) =>
  errors.map((error) => `${error.fieldId}:${error.messageKey}`);

describe('validateUpload', () => {
  it('asks for a file and a description', () => {
    expect(keys(validateUpload({ file: null, description: ' ', caseNumber: '' }))).toEqual([
      `${uploadFieldIds.file}:documents:errors.fileMissing`,
      `${uploadFieldIds.description}:documents:errors.descriptionMissing`,
    ]);
  });

  it('stops a file over 10 MB before it is sent, and takes one of exactly 10 MB', () => {
    expect(
      keys(
        validateUpload({
          file: file('scan.pdf', DOCUMENT_UPLOAD_POLICY.maxBytes + 1),
          description: 'Order',
          caseNumber: '',
        }),
      ),
    ).toEqual([`${uploadFieldIds.file}:documents:errors.fileTooLarge`]);
    expect(
      validateUpload({
        file: file('scan.pdf', DOCUMENT_UPLOAD_POLICY.maxBytes),
        description: 'Order',
        caseNumber: '',
      }),
    ).toEqual([]);
  });

  it('refuses an empty file and one that is plainly not a PDF, JPEG or PNG', () => {
    expect(keys(validateUpload({ file: file('scan.pdf', 0), description: 'Order', caseNumber: '' }))).toEqual(
      [`${uploadFieldIds.file}:documents:errors.fileEmpty`],
    );
    expect(
      keys(validateUpload({ file: file('letter.docx', 10), description: 'Order', caseNumber: '' })),
    ).toEqual([`${uploadFieldIds.file}:documents:errors.fileType`]);
    expect(
      validateUpload({ file: file('scan', 10, 'image/png'), description: 'Order', caseNumber: '' }),
    ).toEqual([]);
  });
});

describe('formatFileSize', () => {
  it('reads as people say it', () => {
    expect(formatFileSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
    expect(formatFileSize(2048, 'en')).toBe('2 KB');
    expect(formatFileSize(12, 'es')).toBe('12 B');
  });
});
