// What the parent is told when staff review their upload (notification and email, en like the
// other emails): the file name they gave and the decision, and for a rejection the reviewer's
// message — nothing else about them or their case.
export function reviewMessage(document: { fileName: string }, decision: 'accepted' | 'rejected', message: string | null): { subject: string; body: string } {
  if (decision === 'accepted') {
    return {
      subject: 'Your document was accepted',
      body: `The document you uploaded, “${document.fileName}”, was reviewed and accepted. There is nothing more you need to do for it.`,
    };
  }
  return {
    subject: 'Your document needs attention',
    body:
      `The document you uploaded, “${document.fileName}”, needs attention: ${message ?? ''}\n\n` +
      'You can upload a new copy under Documents when you sign in, or call the Customer Communication Center at 1-877-423-4746.',
  };
}
