import { useLayoutEffect, useState, type ReactNode, type RefObject } from 'react';

/** How many lines a clamped text keeps: a class each (styles.css), so no inline style is needed. */
export type ClampLines = 1 | 2 | 3;

/**
 * A text from the data cut after `lines` lines with an ellipsis (styles.css .clamp), the whole of it in the
 * title: a name can be any length (?scenario=hostile has one of 500 characters), and a cell, a card or a tile
 * must keep its size. Paper has no pointer to hover with, so print shows it whole. `children` mark it up
 * (a search hit); `text` is what the title says.
 */
export function Clamped({ text, lines = 2, className, children }: { text: string; lines?: ClampLines; className?: string; children?: ReactNode }) {
  return (
    <span className={className ? `${clampClass(lines)} ${className}` : clampClass(lines)} title={text}>{children ?? text}</span>
  );
}

/** The classes that cut an element after `lines` lines. */
export const clampClass = (lines: ClampLines) => `clamp clamp-${lines}`;

/**
 * Whether the clamped element is cut now (more text than its lines show), checked again as its box changes:
 * where a pointer is rare (a phone's drawer), the whole text is then shown elsewhere too.
 */
export function useIsCut(ref: RefObject<HTMLElement | null>, text: string): boolean {
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const check = () => setCut(el.scrollHeight > el.clientHeight + 1);
    // No check in the effect itself: reading the sizes there forces a layout per clamped text in the commit (a
    // third of a 300 ms task at 10 lists' worth of names, traced at 4× CPU). The observer's first callback comes
    // after the browser's own layout, where the sizes are free.
    if (typeof ResizeObserver === 'undefined') {
      check();
      return undefined;
    }
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, text]);
  return cut;
}
