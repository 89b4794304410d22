/** Where the printable approval form (审批单) of an application is: an A4 PDF, opened inline. */
export function approvalFormUrl(applicationId: number): string {
  return `/api/admission/applications/${encodeURIComponent(String(applicationId))}/approval-form.pdf`;
}
