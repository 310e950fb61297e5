// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SelectField } from './select-field.tsx';
import { TextField } from './text-field.tsx';

afterEach(cleanup);

describe('FormGroup (through the fields that use it)', () => {
  it('ties the hint, the error and any extra description to the control and marks it invalid', () => {
    render(
      <TextField
        id="zip"
        label="ZIP code"
        hint="5 digits"
        error="Enter a ZIP code"
        describedBy="zip-rules"
      />,
    );
    const input = screen.getByLabelText('ZIP code');
    expect(input.getAttribute('aria-describedby')).toBe('zip-hint zip-error zip-rules');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a ZIP code').id).toBe('zip-error');
  });

  it('leaves a field with neither hint nor error undescribed and valid', () => {
    render(
      <SelectField id="county" label="County">
        <option>Fulton</option>
      </SelectField>,
    );
    const select = screen.getByLabelText('County');
    expect(select.hasAttribute('aria-describedby')).toBe(false);
    expect(select.hasAttribute('aria-invalid')).toBe(false);
  });
});
