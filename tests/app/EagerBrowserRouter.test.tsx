import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, use } from 'react';
import { Link, Route, Routes, type Location } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EagerBrowserRouter } from '../../src/app/EagerBrowserRouter';

/** A promise settled from the outside, inside an awaited act (React resumes rendering then). */
function deferred() {
  let resolve: () => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return {
    promise,
    resolve: () =>
      act(async () => {
        resolve();
        await promise;
      }),
    reject: (error: Error) =>
      act(async () => {
        reject(error);
        await promise.catch(() => undefined);
      }),
  };
}

/** A page whose code or data is still on its way until `arrive()` is called. */
function pendingPage() {
  const data = deferred();
  function Page() {
    use(data.promise);
    return <h1>Loaded page</h1>;
  }
  return { Page, arrive: data.resolve };
}

interface RouterProps {
  rendersAtOnce: (location: Location) => boolean;
  prepare?: (location: Location) => Promise<unknown>;
  onPrepareFailed?: (location: Location, show: () => void) => void;
}

function renderApp(props: RouterProps, Pending: () => React.ReactNode) {
  return render(
    <EagerBrowserRouter prepare={() => Promise.resolve()} {...props}>
      <Suspense fallback={<p>Nothing yet</p>}>
        <Routes>
          <Route
            path="/"
            element={
              <>
                <h1>Old page</h1>
                <Link to="/pending?x=1">Go</Link>
                <Link to="/other">Elsewhere</Link>
              </>
            }
          />
          <Route path="/pending" element={<Pending />} />
          <Route path="/other" element={<h1>Other page</h1>} />
        </Routes>
      </Suspense>
    </EagerBrowserRouter>,
  );
}

/** Clicks a link in an awaited act: what it renders may suspend, and React resumes it only then. */
const click = (name: string) =>
  act(async () => {
    fireEvent.click(screen.getByRole('link', { name }));
    await Promise.resolve();
  });

const heading = () => screen.getByRole('heading').textContent;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('EagerBrowserRouter', () => {
  it('keeps the old page while the new URL loads, then shows the new one without a fallback', async () => {
    let ready = false;
    const loading = deferred();
    const prepare = vi.fn(() => loading.promise.then(() => (ready = true)));
    const rendersAtOnce = vi.fn(() => ready);
    renderApp({ rendersAtOnce, prepare }, () => <h1>Loaded page</h1>);
    await click('Go');
    expect(rendersAtOnce).toHaveBeenCalledWith(
      expect.objectContaining({ pathname: '/pending', search: '?x=1' }),
    );
    expect(prepare).toHaveBeenCalledWith(expect.objectContaining({ pathname: '/pending', search: '?x=1' }));
    expect(window.location.pathname).toBe('/pending');
    expect(heading()).toBe('Old page');
    await loading.resolve();
    expect(heading()).toBe('Loaded page');
    expect(screen.queryByText('Nothing yet')).toBeNull();
  });

  it('keeps the old page in a transition when something is still missing once loaded', async () => {
    const { Page, arrive } = pendingPage();
    renderApp({ rendersAtOnce: () => false }, Page);
    await click('Go');
    expect(heading()).toBe('Old page');
    expect(screen.queryByText('Nothing yet')).toBeNull();
    await arrive();
    expect(await screen.findByRole('heading', { name: 'Loaded page' })).toBeInTheDocument();
  });

  it('shows the latest URL when an earlier one finishes loading after it', async () => {
    const slow = deferred();
    const prepare = vi.fn((location: Location) =>
      location.pathname === '/pending' ? slow.promise : Promise.resolve(),
    );
    renderApp({ rendersAtOnce: () => false, prepare }, () => <h1>Loaded page</h1>);
    await click('Go');
    await click('Elsewhere');
    expect(heading()).toBe('Other page');
    await slow.resolve();
    expect(heading()).toBe('Other page');
    expect(window.location.pathname).toBe('/other');
  });

  it('hands the URL to the browser when what it needs cannot be loaded', async () => {
    const failing = deferred();
    const onPrepareFailed = vi.fn();
    renderApp({ rendersAtOnce: () => false, prepare: () => failing.promise, onPrepareFailed }, () => (
      <h1>Loaded page</h1>
    ));
    await click('Go');
    await failing.reject(new TypeError('Failed to fetch dynamically imported module'));
    expect(onPrepareFailed).toHaveBeenCalledWith(
      expect.objectContaining({ pathname: '/pending' }),
      expect.any(Function),
    );
    expect(heading()).toBe('Old page');
  });

  it('can show the new URL anyway when what it needs cannot be loaded (offline: the page explains)', async () => {
    const failing = deferred();
    renderApp(
      {
        rendersAtOnce: () => false,
        prepare: () => failing.promise,
        onPrepareFailed: (_location, show) => show(),
      },
      () => <h1>Loaded page</h1>,
    );
    await click('Go');
    await failing.reject(new TypeError('Failed to fetch dynamically imported module'));
    expect(heading()).toBe('Loaded page');
  });

  it('renders a URL said to be ready as an urgent update, not a transition', async () => {
    // Said ready while it is not: an urgent update that suspends shows the fallback, a transition would not.
    const { Page, arrive } = pendingPage();
    const prepare = vi.fn(() => Promise.resolve());
    renderApp({ rendersAtOnce: () => true, prepare }, Page);
    await click('Go');
    expect(screen.getByText('Nothing yet')).toBeInTheDocument();
    expect(prepare).not.toHaveBeenCalled();
    await arrive();
    expect(await screen.findByRole('heading', { name: 'Loaded page' })).toBeInTheDocument();
  });

  it('follows the browser’s Back button', async () => {
    renderApp({ rendersAtOnce: () => true }, () => <h1>Ready page</h1>);
    await click('Go');
    expect(heading()).toBe('Ready page');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(heading()).toBe('Old page');
  });
});
