import { useId, useState } from 'react';

/** 亿元 as typed (full-width digits too) → whole 万元 as the URL stores it; null for empty, undefined for invalid. */
export function wanOfYi(text: string): string | null | undefined {
  const t = text.normalize('NFKC').trim();
  if (t === '') return null;
  if (!/^\d*\.?\d*$/.test(t) || t === '.') return undefined;
  const wan = Math.round(Number(t) * 10_000);
  return Number.isSafeInteger(wan) ? String(wan) : undefined;
}

/** 万元 from the URL → the 亿元 the field shows, as a plain number the reader can edit (no grouping). */
export const yiOfWan = (wan: string | null): string => (wan === null ? '' : String(Number(wan) / 10_000));

interface Props {
  label: string;
  /** The URL's value, in 万元 (null: not set). */
  wan: string | null;
  /** Said when the text is not a number. */
  invalid: string;
  onChange: (wan: string | null) => void;
}

/**
 * A planned-investment bound: entered in 亿元, stored in 万元. The text is the reader's while they type ("1."
 * stays "1."); when the URL changes under it (a chip removed, Back) the field shows the URL's value again.
 */
export function RangeField({ label, wan, invalid, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState(() => yiOfWan(wan));
  const [seen, setSeen] = useState(wan);
  if (wan !== seen) {
    setSeen(wan);
    if (wanOfYi(text) !== wan) setText(yiOfWan(wan));
  }
  const bad = wanOfYi(text) === undefined;
  return (
    <label className="filter-field filter-amount" htmlFor={id}>
      <span>{label}</span>
      <input id={id} className="input" type="text" inputMode="decimal" autoComplete="off" maxLength={12} value={text}
        aria-invalid={bad || undefined} aria-describedby={bad ? `${id}-bad` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = wanOfYi(e.target.value);
          if (next !== undefined) onChange(next);
        }} />
      {bad ? <span id={`${id}-bad`} className="field-error">{invalid}</span> : null}
    </label>
  );
}
