import * as Popover from '@radix-ui/react-popover';
import { useId, type ReactNode } from 'react';
import { Clamped } from '@/components/clamped';
import { useMessages } from '@/lib/i18n/use-messages';

export interface Option {
  id: string;
  label: ReactNode;
  /** The option as plain text, for the trigger's summary. */
  text: string;
}

interface Props {
  label: string;
  /** A provenance mark for the whole dimension (推断 on category names, 示例数据 on parks). */
  mark?: ReactNode;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
}

/**
 * A filter field that takes several values: a button that opens a list of checkboxes (Radix Popover, a headless
 * primitive, so focus, Escape and outside presses behave). Keyboard: Enter or Space opens it and focus moves to
 * the first box; Tab and Shift+Tab move between boxes, Space ticks one, Escape closes and returns to the button.
 * The button names the field and what is chosen ("类别 新工科、新基建"), in words, never a bare count.
 */
export function MultiSelect({ label, mark, options, selected, onChange }: Props) {
  const id = useId();
  const m = useMessages();
  const chosen = options.filter((o) => selected.includes(o.id));
  const summary = chosen.length ? chosen.map((o) => o.text).join(m.sep.enumeration) : m.filters.all;
  const toggle = (optionId: string) =>
    onChange(selected.includes(optionId) ? selected.filter((x) => x !== optionId) : options.map((o) => o.id).filter((x) => x === optionId || selected.includes(x)));
  return (
    <div className="filter-field">
      <span id={`${id}-label`}>{label} {mark}</span>
      <Popover.Root>
        <Popover.Trigger className="input multi-trigger" aria-labelledby={`${id}-label ${id}-value`}>
          <span id={`${id}-value`} className="multi-value">{summary}</span>
          <span aria-hidden="true">▾</span>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content className="menu" align="start" sideOffset={4} collisionPadding={8} aria-labelledby={`${id}-label`}>
            <fieldset className="menu-options">
              <legend className="visually-hidden">{label}</legend>
              {options.map((o) => (
                <label key={o.id} className="menu-option">
                  <input type="checkbox" checked={selected.includes(o.id)} onChange={() => toggle(o.id)} />
                  <Clamped text={o.text} lines={3}>{o.label}</Clamped>
                </label>
              ))}
            </fieldset>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </div>
  );
}
