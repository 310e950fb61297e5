import { RadioGroupField, TextField } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { existingOrderGroupId, type ApplicationField } from '../lib/application-form.ts';

/** Is there already a court order? If so, which court or county, and its number. */
export function ExistingOrderFieldset({
  value,
  onChange,
  error,
  field,
}: {
  value: string;
  onChange: (value: string) => void;
  /** The radios' problem (it links to the first option). */
  error: string | undefined;
  field: ApplicationField;
}) {
  const { t } = useTranslation('apply');
  return (
    <div className="margin-top-4">
      <RadioGroupField
        id={existingOrderGroupId}
        name="existingOrder.hasOrder"
        legend={t('order.legend')}
        options={[
          { value: 'yes', label: t('order.yes') },
          { value: 'no', label: t('order.no') },
        ]}
        value={value}
        onChange={onChange}
        error={error}
      >
        {value === 'yes' && (
          <div className="margin-left-4">
            <TextField
              {...field('existingOrder.court')}
              autoComplete="off"
              label={t('order.court')}
              hint={t('order.courtHint')}
            />
            <TextField
              {...field('existingOrder.orderNumber')}
              autoComplete="off"
              label={t('order.orderNumber')}
              width="medium"
            />
          </div>
        )}
      </RadioGroupField>
    </div>
  );
}
