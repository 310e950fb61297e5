import { useId, useState, type ReactNode } from 'react';

export type FaqItem = { key: string; question: string; answer: ReactNode };

/**
 * The USWDS accordion, driven by React (the USWDS script is not loaded): each question is a
 * button in a heading that says whether its answer is shown (aria-expanded) and which region it
 * opens (aria-controls). Several may be open at once.
 */
export function FaqAccordion({
  items,
  headingLevel = 3,
}: {
  items: readonly FaqItem[];
  headingLevel?: 2 | 3;
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const prefix = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  function toggle(key: string) {
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  return (
    <div className="usa-accordion usa-accordion--bordered usa-accordion--multiselectable">
      {items.map((item) => {
        const regionId = `${prefix}-${item.key}`;
        const expanded = open.has(item.key);
        return (
          <div key={item.key}>
            <Heading className="usa-accordion__heading">
              <button
                type="button"
                className="usa-accordion__button"
                aria-expanded={expanded}
                aria-controls={regionId}
                onClick={() => toggle(item.key)}
              >
                {item.question}
              </button>
            </Heading>
            <div id={regionId} className="usa-accordion__content usa-prose" hidden={!expanded}>
              {item.answer}
            </div>
          </div>
        );
      })}
    </div>
  );
}
