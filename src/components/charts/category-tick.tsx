import { Text, type TextProps } from 'recharts';
import { fitTick, TICK_LINES } from './fit-tick';

export { fitTick, TICK_LINES, type FittedTick } from './fit-tick';

type TickProps = TextProps & {
  payload?: { value?: unknown };
  index?: number;
  tickFormatter?: (value: unknown, index: number) => string;
};

/** A category axis tick (the y axis of a horizontal bar chart): the name fitted, the whole of it in a title when cut. */
export function CategoryTick({ payload, index = 0, tickFormatter, ...props }: TickProps) {
  const whole = String(payload?.value ?? '');
  const label = tickFormatter ? String(tickFormatter(payload?.value, index)) : whole;
  const fitted = fitTick(label, Number(props.fontSize) || 12, Number(props.width) || 0);
  const text = <Text {...props} breakAll={fitted.breakAll} maxLines={TICK_LINES}>{fitted.text}</Text>;
  return fitted.cut ? <g><title>{whole}</title>{text}</g> : text;
}
