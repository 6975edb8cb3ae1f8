/** @jest-environment jsdom */
import '../../../../tests/helpers/jsdomSetup';
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';
import { PrivacyTextField } from './PrivacyTextField';
import type { IPrivacyTextFieldProps } from './IPrivacyTextFieldProps';
import type { PrivacyFinding } from '../../../domain/privacy';

const NOW = { now: new Date('2025-06-01T00:00:00Z') };

/** A controlled host, as a form would be. */
function Host(
  props: Partial<IPrivacyTextFieldProps> & { initial?: string; onValue?: (v: string) => void }
): JSX.Element {
  const [value, setValue] = React.useState(props.initial || '');
  return (
    <PrivacyTextField
      label="Question"
      multiline={true}
      debounceMs={0}
      scanOptions={NOW}
      {...props}
      value={value}
      onChange={(v) => {
        setValue(v);
        if (props.onValue) props.onValue(v);
      }}
    />
  );
}

describe('PrivacyTextField', () => {
  it('blocks a CRN, ties the finding to the field and replaces it with [CRN] in one click', () => {
    const validity: boolean[] = [];
    render(<Host onValidityChange={(b) => validity.push(b)} />);
    const box = screen.getByRole('textbox', { name: /question/i });
    fireEvent.change(box, { target: { value: 'Customer 123 456 789A has arrears' } });

    expect(validity[validity.length - 1]).toBe(true);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('1 detail must be removed before posting.');
    const describedBy = (box.getAttribute('aria-describedby') || '').split(' ');
    const list = screen.getByRole('list', { name: /personal details found in question/i });
    expect(describedBy).toContain(list.id);
    expect(list.querySelector('mark')).toHaveTextContent('123 456 789A');

    const replace = screen.getByRole('button', { name: 'Replace with [CRN]: “123 456 789A” in Question' });
    expect(replace).toHaveTextContent('Replace with [CRN]');
    replace.focus();
    expect(replace).toHaveFocus();
    fireEvent.click(replace);

    expect(box).toHaveValue('Customer [CRN] has arrears');
    expect(validity[validity.length - 1]).toBe(false);
    expect(box).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByRole('list', { name: /personal details/i })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Replaced with [CRN].');
  });

  it('shows warnings with a Replace offer but does not block', () => {
    const validity: boolean[] = [];
    render(<Host onValidityChange={(b) => validity.push(b)} />);
    const box = screen.getByRole('textbox', { name: /question/i });
    fireEvent.change(box, { target: { value: 'Call back on 0412 345 678 about the debt' } });

    expect(validity[validity.length - 1]).toBe(false);
    expect(box).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('1 possible personal detail to check.');
    fireEvent.click(screen.getByRole('button', { name: /Replace with \[PHONE\]: “0412 345 678”/ }));
    expect(box).toHaveValue('Call back on [PHONE] about the debt');
  });

  it('offers to move a CRN to its own field, and takes it out of the text', () => {
    const moved: PrivacyFinding[] = [];
    render(
      <Host
        initial="CRN 204512345K needs a rate check"
        onMoveToField={(f) => moved.push(f)}
        moveToFieldLabel="Move to CRN field"
      />
    );
    fireEvent.click(screen.getByRole('button', { name: 'Move to CRN field: “204512345K”' }));
    expect(moved).toHaveLength(1);
    expect(moved[0].match).toBe('204512345K');
    expect(screen.getByRole('textbox', { name: /question/i })).toHaveValue('CRN [CRN] needs a rate check');
    expect(screen.getByRole('status')).toHaveTextContent('Moved out of Question; [CRN] left in its place.');
  });

  it('reports validity synchronously even while the list waits for typing to pause', () => {
    jest.useFakeTimers();
    try {
      const validity: boolean[] = [];
      render(<Host debounceMs={300} initial="Customer 123 456 789" onValidityChange={(b) => validity.push(b)} />);
      const box = screen.getByRole('textbox', { name: /question/i });
      expect(validity[validity.length - 1]).toBe(false);
      fireEvent.change(box, { target: { value: 'Customer 123 456 789A' } }); // one more character, as typed
      expect(validity[validity.length - 1]).toBe(true);
      expect(screen.queryByRole('list', { name: /personal details/i })).toBeNull();
      act(() => {
        jest.advanceTimersByTime(350);
      });
      expect(screen.getByRole('list', { name: /personal details/i })).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });
});
