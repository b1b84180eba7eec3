import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RouteErrorBoundary } from '../../../src/app/layout/RouteErrorBoundary';
import { renderInLocale } from '../../features/render-in-locale';

let broken = false;
function Flaky() {
  if (broken) throw new Error('render failed');
  return <h1>The page</h1>;
}

function ChunkThatNeverArrives(): never {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/WizardPage-x.js');
}

/** The boundary with a key the test can change, as the app's URL would. */
function Harness({ children }: { children: React.ReactNode }) {
  const [key, setKey] = useState('/a');
  return (
    <>
      <button onClick={() => setKey('/b')}>move on</button>
      <RouteErrorBoundary resetKey={key}>{children}</RouteErrorBoundary>
    </>
  );
}

describe('RouteErrorBoundary', () => {
  it('explains a page that failed in the page’s language, and tries again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    broken = true;
    await renderInLocale(
      <Harness>
        <Flaky />
      </Harness>,
      '/zh-cn/who-contacts-my-customer?cloud=germany',
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('无法显示此页面');
    expect(screen.getByRole('alert')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('link', { name: '从首页重新开始' })).toHaveAttribute('href', '/zh-cn/');
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('The page');
    // The URL and its answers were never touched.
    expect(screen.getByTestId('location')).toHaveTextContent('/zh-cn/who-contacts-my-customer?cloud=germany');
  });

  it('offers a reload when code could not be loaded, and clears once the reader moves on', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderInLocale(
      <Harness>
        <ChunkThatNeverArrives />
      </Harness>,
      '/zh-tw/',
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('無法載入此頁面的部分內容');
    expect(screen.getByRole('button', { name: '重新載入頁面' })).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'move on' }));
    // A new URL renders the page again (here it fails again, the same way: no stale state kept).
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('無法載入此頁面的部分內容');
  });
});
