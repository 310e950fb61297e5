// What the parent's notification says when staff review their upload: the decision, and for a
// rejection the reviewer's message — nothing else about them or their case. The notification, read
// after signing in, names the file; the email (email/case-templates.ts, in the parent's language)
// names the upload day instead, since file names often carry a name or a number.
type Decision = 'accepted' | 'rejected';
type Message = { subject: string; body: string };

function told(which: string, decision: Decision, message: string | null): Message {
  if (decision === 'accepted') {
    return {
      subject: 'Your document was accepted',
      body: `${which} was reviewed and accepted. There is nothing more you need to do for it.`,
    };
  }
  return {
    subject: 'Your document needs attention',
    body:
      `${which} needs attention: ${message ?? ''}\n\n` +
      'You can upload a new copy under Documents when you sign in, or call the Customer Communication Center at 1-877-423-4746.',
  };
}

/** The notification on the parent's account. */
export function reviewMessage(
  document: { fileName: string },
  decision: Decision,
  message: string | null,
): Message {
  return told(`The document you uploaded, “${document.fileName}”,`, decision, message);
}
