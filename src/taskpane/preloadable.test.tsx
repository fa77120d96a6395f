/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { Lazy } from './components/Lazy';
import { preloadable } from './preloadable';

const Shown = ({ text }: { text: string }) => <p>{text}</p>;

describe('preloadable', () => {
  test('before it has loaded, the part suspends (正在加载…), then shows', async () => {
    const { Part } = preloadable(async () => Shown);
    render(
      <Lazy>
        <Part text="结果" />
      </Lazy>,
    );
    expect(screen.getByText('正在加载…')).toBeTruthy();
    expect(await screen.findByText('结果')).toBeTruthy();
  });

  test('once preloaded, the part shows in the same render, without a fallback', async () => {
    const load = jest.fn(async () => Shown);
    const { Part, preload } = preloadable(load);
    await act(async () => preload());
    render(
      <Lazy>
        <Part text="结果" />
      </Lazy>,
    );
    expect(screen.queryByText('正在加载…')).toBeNull();
    expect(screen.getByText('结果')).toBeTruthy();
  });

  test('a preload that fails is quiet; the render then says the part could not be loaded', async () => {
    const { Part, preload } = preloadable<{ text: string }>(() => Promise.reject(new Error('Loading chunk 7 failed.')));
    await act(async () => preload());
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    render(
      <Lazy>
        <Part text="结果" />
      </Lazy>,
    );
    expect(await screen.findByText(/无法加载此部分/)).toBeTruthy();
    quiet.mockRestore();
  });
});
