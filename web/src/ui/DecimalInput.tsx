import { TextInput, type TextInputProps } from '@mantine/core';
import { type FocusEvent, type Ref, useState } from 'react';
import { useActiveCompany } from '../app/me.ts';
import {
  currencyDecimals,
  currencySigns,
  formatNumberText,
  parseNumberText,
  unreadableProblem,
  unreadableValue,
} from './number-text.ts';

export interface DecimalInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** An API decimal (`"1654122"`), empty, or an entry that could not be read. */
  value?: string;
  onChange: (value: string) => void;
  /** Money shows the currency's decimals (`12,50` in USD, none in IDR); the rest only what they have. */
  kind?: 'quantity' | 'money' | 'percent';
  ref?: Ref<HTMLInputElement>;
}

/**
 * The one input for quantities, prices, amounts and percentages. People type and read numbers in
 * the company's locale (`1.654.122`, `12,5` in id-ID); the form holds the API's decimal text
 * (`"1654122"`, `"12.5"`), so nothing passes through a float and what is shown is what is saved.
 * Text that could mean two numbers is kept as typed and refused with the reason (see `numberProblem`).
 */
export function DecimalInput({ value = '', onChange, kind = 'quantity', onBlur, ...props }: DecimalInputProps) {
  const { locale, currency } = useActiveCompany();
  const minDecimals = kind === 'money' ? currencyDecimals(currency) : 0;
  const shown = (decimal: string) =>
    unreadableProblem(decimal) === null ? formatNumberText(decimal, locale, minDecimals) : null;
  const [text, setText] = useState(() => shown(value) ?? '');
  // The value the text stands for; when the form changes it (reset, a computed amount), show the new value.
  const [textValue, setTextValue] = useState(value);
  if (value !== textValue) {
    setTextValue(value);
    setText(shown(value) ?? text);
  }

  const type = (typed: string) => {
    const strip = kind === 'money' ? currencySigns(locale, currency) : [];
    const parsed = parseNumberText(typed, locale, strip);
    const next = parsed.ok ? parsed.value : unreadableValue(parsed.problem);
    setText(typed);
    setTextValue(next);
    onChange(next);
  };

  const leave = (event: FocusEvent<HTMLInputElement>) => {
    // Shows what was read the way the app prints it: `10000` becomes `10.000`.
    const tidy = shown(value);
    if (tidy !== null) setText(tidy);
    onBlur?.(event);
  };

  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      maxLength={32}
      {...props}
      value={text}
      onChange={(event) => type(event.currentTarget.value)}
      onBlur={leave}
    />
  );
}
