import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Flex, Input, Select, type FormInstance, type InputRef } from 'antd';
import { BANKS, bankBinOf, isListedBank, type BankBin } from '@policyhub/domain';
import { useI18n } from '../i18n';
import { caretInGrouped, cardNumberValue, groupCardNumber } from './bank-card-format';

/**
 * The card number as typed on a phone: a numeric keyboard, the digits shown in groups of four,
 * nothing hidden while typing (the number is masked once saved). The form value is the digits the
 * user typed (bank-card-format.ts).
 */
export function BankCardNumberInput({
  value,
  onChange,
  id,
  testId,
}: {
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
  testId?: string;
}) {
  const ref = useRef<InputRef>(null);
  const caret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const input = ref.current?.input;
    if (caret.current === null || !input) return;
    if (document.activeElement === input) input.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });
  return (
    <Input
      ref={ref}
      id={id}
      value={groupCardNumber(value ?? '')}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      className="ph-mono"
      data-testid={testId}
      onChange={(e) => {
        const typed = e.target.value;
        caret.current = caretInGrouped(typed, e.target.selectionStart ?? typed.length);
        onChange?.(cardNumberValue(typed));
      }}
    />
  );
}

const OTHER_BANK = '__other__';

/** 开户银行: picked from the list of banks, or typed in for a bank that is not on it. */
export function BankSelect({
  value,
  onChange,
  id,
  testId,
}: {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const [typing, setTyping] = useState(() => !!value && !isListedBank(value));
  const listed = isListedBank(value);
  const choice = listed ? value : typing ? OTHER_BANK : undefined;
  return (
    <Flex vertical gap={8}>
      <Select
        id={id}
        showSearch={{ optionFilterProp: 'label' }}
        value={choice}
        placeholder={t('bankCard.bankPlaceholder')}
        data-testid={testId}
        options={[
          ...BANKS.map((bank) => ({ value: bank, label: bank })),
          { value: OTHER_BANK, label: t('bankCard.otherBank') },
        ]}
        onChange={(next: string) => {
          const other = next === OTHER_BANK;
          setTyping(other);
          onChange?.(other ? undefined : next);
        }}
      />
      {choice === OTHER_BANK ? (
        <Input
          value={value ?? ''}
          maxLength={50}
          placeholder={t('bankCard.otherBankPlaceholder')}
          data-testid={testId ? `${testId}-other` : undefined}
          onChange={(e) => onChange?.(e.target.value)}
        />
      ) : null}
    </Flex>
  );
}

/**
 * When the first six digits match a known BIN, the bank is preselected — unless the user chose
 * another bank themselves (then the check only warns). Returns the BIN found, if any.
 */
export function useBankFromBin(
  form: FormInstance,
  cardNumber: string | undefined,
  field = 'bankName',
): BankBin | null {
  const bin = cardNumber ? bankBinOf(cardNumber) : null;
  const detected = bin?.bank ?? null;
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (detected === last.current) return;
    const current = form.getFieldValue(field) as string | undefined;
    if (detected && (!current || current === last.current)) form.setFieldValue(field, detected);
    last.current = detected;
  }, [detected, form, field]);
  return bin;
}
