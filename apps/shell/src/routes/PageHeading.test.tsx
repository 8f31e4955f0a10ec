import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PageHeading } from './PageHeading.tsx';

afterEach(cleanup);

describe('PageHeading', () => {
  it('names the tab after the page, and follows the heading when it changes', () => {
    const view = render(<PageHeading text="Kelahiran anak" />);
    expect(view.getByRole('heading', { level: 1 }).textContent).toBe('Kelahiran anak');
    expect(document.title).toBe('Kelahiran anak · BAS Kota Bogor');
    view.rerender(<PageHeading text="Life events: birth" />);
    expect(document.title).toBe('Life events: birth · BAS Kota Bogor');
  });
});
