type RowAction = {
  label: string;
  onClick: () => void;
  /** A destructive action (retire, disable), in the danger colour. */
  danger?: boolean;
};

/**
 * A table row's actions as text buttons. Each is named with its row ("Retire Outage notice") for a
 * screen reader, which hears the buttons of every row without the row around them.
 */
export function RowActions({ rowName, actions }: { rowName: string; actions: readonly RowAction[] }) {
  return (
    <ul className="add-list-reset display-flex flex-wrap">
      {actions.map((action, index) => (
        <li key={action.label} className={index < actions.length - 1 ? 'margin-right-2' : undefined}>
          <button
            type="button"
            className={`usa-button usa-button--unstyled${action.danger ? ' text-secondary-dark' : ''}`}
            onClick={action.onClick}
          >
            {action.label}
            <span className="usa-sr-only"> {rowName}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
