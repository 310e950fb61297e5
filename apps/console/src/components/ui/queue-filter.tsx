import { useSearchParams } from 'react-router';

type QueueFilterProps = {
  id: string;
  label: string;
  /** The URL query parameter that holds the choice, so a filtered queue can be linked and reloaded. */
  param: string;
  value: string;
  /** The choice the queue shows without a parameter; choosing it clears the parameter. */
  defaultValue: string;
  options: readonly { value: string; label: string }[];
};

/** The status filter above a console queue (contact requests, change requests, applications). */
export function QueueFilter({ id, label, param, value, defaultValue, options }: QueueFilterProps) {
  const [, setSearch] = useSearchParams();
  return (
    <div className="usa-form">
      <label className="usa-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="usa-select"
        value={value}
        onChange={(event) =>
          setSearch(event.target.value === defaultValue ? {} : { [param]: event.target.value })
        }
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
