import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, use } from 'react';
import { Link, Route, Routes, type Location } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EagerBrowserRouter } from '../../src/app/EagerBrowserRouter';

/** A page whose code or data is still on its way until `arrive()` is called. */
function pendingPage() {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  function Page() {
    use(arrived);
    return <h1>Loaded page</h1>;
  }
  return {
    Page,
    arrive: () =>
      act(async () => {
        arrive();
        await arrived;
      }),
  };
}

function renderApp(rendersAtOnce: (location: Location) => boolean, Pending: () => React.ReactNode) {
  return render(
    <EagerBrowserRouter rendersAtOnce={rendersAtOnce}>
      <Suspense fallback={<p>Nothing yet</p>}>
        <Routes>
          <Route
            path="/"
            element={
              <>
                <h1>Old page</h1>
                <Link to="/pending?x=1">Go</Link>
              </>
            }
          />
          <Route path="/pending" element={<Pending />} />
        </Routes>
      </Suspense>
    </EagerBrowserRouter>,
  );
}

/** Clicks the link in an awaited act: what it renders may suspend, and React resumes it only then. */
const clickGo = () =>
  act(async () => {
    fireEvent.click(screen.getByRole('link', { name: 'Go' }));
    await Promise.resolve();
  });

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('EagerBrowserRouter', () => {
  it('asks about the URL being opened, and keeps the old page while that URL still loads', async () => {
    const { Page, arrive } = pendingPage();
    const rendersAtOnce = vi.fn(() => false);
    renderApp(rendersAtOnce, Page);
    await clickGo();
    expect(rendersAtOnce).toHaveBeenCalledWith(
      expect.objectContaining({ pathname: '/pending', search: '?x=1' }),
    );
    expect(window.location.pathname).toBe('/pending');
    expect(screen.getByRole('heading').textContent).toBe('Old page');
    expect(screen.queryByText('Nothing yet')).toBeNull();
    await arrive();
    expect(await screen.findByRole('heading', { name: 'Loaded page' })).toBeInTheDocument();
  });

  it('renders a URL said to be ready as an urgent update, not a transition', async () => {
    // Said ready while it is not: an urgent update that suspends shows the fallback, a transition would not.
    const { Page, arrive } = pendingPage();
    renderApp(() => true, Page);
    await clickGo();
    expect(screen.getByText('Nothing yet')).toBeInTheDocument();
    await arrive();
    expect(await screen.findByRole('heading', { name: 'Loaded page' })).toBeInTheDocument();
  });

  it('follows the browser’s Back button', async () => {
    renderApp(
      () => true,
      () => <h1>Ready page</h1>,
    );
    await clickGo();
    expect(screen.getByRole('heading').textContent).toBe('Ready page');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(screen.getByRole('heading').textContent).toBe('Old page');
  });
});
