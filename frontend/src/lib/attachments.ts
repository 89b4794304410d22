/** A stored file of an application or a clue. */
export type Attachment = {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: string;
  uploadedBy: string;
  /** The uploader's name, to show (反映人 for the reporter). */
  uploadedByName: string;
};

/** File types accepted for upload (pdf, images, Word, Excel). */
export const ACCEPTED_FILES = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx';

/** Where an attachment is downloaded from (Content-Disposition: attachment). */
export function attachmentDownloadUrl(attachmentId: number): string {
  return `/api/attachments/${attachmentId}`;
}
