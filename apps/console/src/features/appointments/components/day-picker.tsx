import type { StaffAppointmentOfficeList } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

type DayPickerProps = {
  offices: StaffAppointmentOfficeList['items'];
  officeId: string;
  date: string;
};

/** The office and the day, kept in the URL (?officeId=…&date=…) so a day can be linked and reloaded. */
export function DayPicker({ offices, officeId, date }: DayPickerProps) {
  const { t } = useTranslation('appointments');
  const [, setSearch] = useSearchParams();
  const choose = (values: { officeId: string; date: string }) =>
    setSearch(Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')), {
      replace: true,
    });

  return (
    <div className="usa-form grid-row grid-gap">
      <div className="tablet:grid-col-8">
        <label className="usa-label" htmlFor="appointment-office">
          {t('picker.office')}
        </label>
        <select
          id="appointment-office"
          className="usa-select"
          value={officeId}
          onChange={(event) => choose({ officeId: event.target.value, date })}
        >
          <option value="">{t('picker.chooseOffice')}</option>
          {offices.map((office) => (
            <option key={office.id} value={office.id}>
              {office.active ? office.name : t('picker.closedOffice', { name: office.name })}
            </option>
          ))}
        </select>
      </div>
      <div className="tablet:grid-col-4">
        <label className="usa-label" htmlFor="appointment-date">
          {t('picker.date')}
        </label>
        <input
          id="appointment-date"
          className="usa-input"
          type="date"
          value={date}
          onChange={(event) => {
            // A half-typed date is empty: keep the last whole one rather than clearing the list.
            if (event.target.value) choose({ officeId, date: event.target.value });
          }}
        />
      </div>
    </div>
  );
}
