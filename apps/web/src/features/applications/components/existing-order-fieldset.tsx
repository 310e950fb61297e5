import { RadioGroupField, TextField, errorText, radioOptionId, type FieldError } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { existingOrderGroupId, fieldIdOf } from '../lib/application-form.ts';

/** Is there already a court order? If so, which court or county, and its number. */
export function ExistingOrderFieldset({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (value: string) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation('apply');
  const field = (path: string) => ({
    id: fieldIdOf(path),
    name: path,
    error: errorText(errors, fieldIdOf(path), t),
    autoComplete: 'off',
  });
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
        error={errorText(errors, radioOptionId(existingOrderGroupId, 'yes'), t)}
      >
        {value === 'yes' && (
          <div className="margin-left-4">
            <TextField
              {...field('existingOrder.court')}
              label={t('order.court')}
              hint={t('order.courtHint')}
            />
            <TextField
              {...field('existingOrder.orderNumber')}
              label={t('order.orderNumber')}
              width="medium"
            />
          </div>
        )}
      </RadioGroupField>
    </div>
  );
}
