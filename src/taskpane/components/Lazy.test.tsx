/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { Lazy } from './Lazy';

describe('Lazy', () => {
  test.each([
    ['loads', async () => ({ default: () => <p>已加载</p> }), '已加载'],
    ['cannot load (offline, or a newer version deployed)', async () => Promise.reject(new Error('Loading chunk 7 failed.')), /无法加载此部分/],
  ])('a part that %s', async (_case, load, shown) => {
    const Part = lazy(load);
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    render(
      <Lazy>
        <Part />
      </Lazy>,
    );
    expect(screen.getByText('正在加载…')).toBeTruthy();
    expect(await screen.findByText(shown)).toBeTruthy();
    quiet.mockRestore();
  });
});
