import { Link } from 'react-router';
import { linkify } from './linkify.ts';

/** A notice's plain text with its addresses as links (React elements only, never HTML). */
export function NoticeBody({ body }: { body: string }) {
  return (
    <p className="usa-alert__text">
      {linkify(body).map((part, index) => {
        if (part.kind === 'text') return <span key={index}>{part.text}</span>;
        if (part.kind === 'internal') {
          return (
            <Link key={index} className="usa-link" to={part.to}>
              {part.text}
            </Link>
          );
        }
        return (
          <a
            key={index}
            className="usa-link usa-link--external"
            href={part.href}
            rel="noreferrer noopener"
            target="_blank"
          >
            {part.text}
          </a>
        );
      })}
    </p>
  );
}
