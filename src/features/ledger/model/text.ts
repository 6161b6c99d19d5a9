/**
 * Text helpers every ledger reader shares. Ledgers are typed in Chinese input methods, so full-width digits,
 * brackets and spaces turn up anywhere; everything that compares text goes through here first.
 */
import type { Cell } from './types';

/** Full-width ASCII (０-９ ，（）～ …) to half-width, the ideographic space to a space, dash look-alikes to '-'. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    // The minus sign and the hyphen look-alikes Word and WPS put in for '-'.
    .replace(/[\u2212\u2010\u2011]/g, '-');
}

/** Trimmed, every run of whitespace (newlines, full-width spaces) as one space: how a name is shown and compared. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** All whitespace removed: "总 计" and "总计" are the same word to a planner. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The cell as the planner sees it: Excel's display text when there is one, trimmed; '' for an empty cell. */
export function cellText(cell: Cell | null | undefined): string {
  if (!cell) return '';
  if (cell.w !== undefined) return cell.w.trim();
  return cell.v === null ? '' : String(cell.v).trim();
}

/** A value cut to `max` characters for a message, with an ellipsis: the report's Value column keeps it whole. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
