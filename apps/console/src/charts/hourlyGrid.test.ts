import { describe, expect, it } from 'vitest';
import { hourlyGrid } from './hourlyGrid.ts';

describe('hourlyGrid', () => {
  it('leaves an hour without data empty, so a line breaks there instead of bridging it', () => {
    const grid = hourlyGrid(
      ['2026-12-02T01:00:00.000Z', '2026-12-02T04:00:00.000Z'],
      [
        [5, 7],
        [0.2, null],
      ],
    );
    const first = Date.parse('2026-12-02T01:00:00.000Z') / 1000;
    expect(grid).toEqual([
      [first, first + 3600, first + 7200, first + 10_800],
      [5, null, null, 7],
      [0.2, null, null, null],
    ]);
  });

  it('draws nothing for no hours, and leaves an hour that is not a date to the table', () => {
    expect(hourlyGrid([], [[]])).toEqual([[], []]);
    expect(hourlyGrid(['yesterday', '2026-12-02T01:00:00.000Z'], [[1, 2]])).toEqual([
      [Date.parse('2026-12-02T01:00:00.000Z') / 1000],
      [2],
    ]);
  });

  it('spans the whole range asked for, so one hour of data is drawn where it was', () => {
    const grid = hourlyGrid(['2026-12-02T10:00:00.000Z'], [[3]], {
      from: '2026-12-02T07:30:00.000Z',
      to: '2026-12-02T11:30:00.000Z',
    });
    const first = Date.parse('2026-12-02T07:00:00.000Z') / 1000;
    expect(grid).toEqual([
      [first, first + 3600, first + 7200, first + 10_800, first + 14_400],
      [null, null, null, 3, null],
    ]);
  });
});
