import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SelectableSegment, type SegmentBox } from '@/components/charts/selectable-segment';
import type { SegmentSelection } from '@/components/charts';

const shape = (value: number, width = 40) =>
  ({ x: 0, y: 0, width, height: 20, fill: '#0072B2', payload: { categoryId: 'c1', category: '新基建', construction: value } }) as SegmentBox;

function draw(value: number, select: Partial<SegmentSelection> = {}, width?: number) {
  const onSelect = vi.fn();
  render(
    <svg>
      <SelectableSegment shape={shape(value, width)} seriesKey="construction" opacity={0.75}
        select={{ onSelect, label: (row, key, v) => `${String(row.category)}·${key}：${v}`, ...select }} />
    </svg>,
  );
  return onSelect;
}

describe('a bar segment that cross-filters', () => {
  it('is a toggle button named by what it shows; click, Enter and Space choose it', () => {
    const onSelect = draw(3);
    const button = screen.getByRole('button', { name: '新基建·construction：3' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toHaveAttribute('tabindex', '0');
    fireEvent.click(button);
    fireEvent.keyDown(button, { key: 'Enter' });
    fireEvent.keyDown(button, { key: ' ' });
    fireEvent.keyDown(button, { key: 'a' });
    expect(onSelect).toHaveBeenCalledTimes(3);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ categoryId: 'c1' }), 'construction');
  });

  it('shows the selection: pressed and outlined when in it, faded when outside it, as drawn when nothing is selected', () => {
    draw(3, { isSelected: () => true });
    const pressed = screen.getByRole('button', { pressed: true });
    expect(pressed.querySelector('rect')).toHaveAttribute('stroke', 'currentColor');
  });

  it('fades a segment outside the selection', () => {
    draw(3, { isSelected: () => false });
    expect(screen.getByRole('button', { pressed: false }).querySelector('rect')).toHaveAttribute('fill-opacity', '0.25');
  });

  it('an empty segment draws nothing and takes no tab stop', () => {
    draw(0);
    expect(screen.queryByRole('button')).toBeNull();
    draw(2, {}, 0);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
