// A notice body is plain text. Its web addresses become links — only http(s) addresses and paths
// of this site — and everything else stays text: the page builds React elements from these parts
// and never sets HTML, so `<script>` or `<img onerror>` in a body is shown as the characters typed.
export type BodyPart =
  | { kind: 'text'; text: string }
  | { kind: 'external'; href: string; text: string }
  | { kind: 'internal'; to: string; text: string };

// A candidate: an http(s) URL, or a path that starts a word ("/privacy"). Trailing punctuation of
// the sentence is not part of the link.
const CANDIDATE = /(https?:\/\/[^\s<>"']+|(?<=^|[\s(])\/[A-Za-z0-9][A-Za-z0-9\-._~/?=&%#]*)/g;
const TRAILING = /[.,;:!?)\]]+$/;

function linkOf(raw: string): BodyPart | null {
  if (raw.startsWith('/')) {
    // "//host" would leave the site; a path with a backslash could too in some browsers.
    if (raw.startsWith('//') || raw.includes('\\')) return null;
    return { kind: 'internal', to: raw, text: raw };
  }
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return { kind: 'external', href: url.href, text: raw };
  } catch {
    return null;
  }
}

export function linkify(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  const pushText = (text: string) => {
    if (!text) return;
    const previous = parts.at(-1);
    if (previous?.kind === 'text') previous.text += text;
    else parts.push({ kind: 'text', text });
  };
  for (const match of body.matchAll(CANDIDATE)) {
    const start = match.index;
    const raw = match[0].replace(TRAILING, '');
    const link = linkOf(raw);
    if (!link) continue;
    pushText(body.slice(last, start));
    parts.push(link);
    last = start + raw.length;
  }
  pushText(body.slice(last));
  return parts;
}
