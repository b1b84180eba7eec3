import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { Link } from '../../../src/lib/router/link';

function Location() {
  const location = useLocation();
  return (
    <output data-testid="location" data-state={JSON.stringify(location.state)}>
      {location.pathname + location.search + location.hash}
    </output>
  );
}

/** Whether the link left a click to the browser (did not prevent its default); jsdom then does not follow it. */
function leftToBrowser(link: HTMLElement, init?: MouseEventInit): boolean {
  let defaultPrevented = true;
  const record = (event: Event) => {
    defaultPrevented = event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('click', record, { once: true });
  fireEvent.click(link, init);
  return !defaultPrevented;
}

const renderAt = (path: string, link: React.ReactNode) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      {link}
      <Location />
    </MemoryRouter>,
  );

describe('Link', () => {
  it('points at the path it is given, and at the current path with a new query', () => {
    renderAt(
      '/en-us/who-contacts-my-customer?cloud=partner-center',
      <>
        <Link to="/zh-cn/">home</Link>
        <Link to={{ search: '?cloud=germany' }}>change</Link>
      </>,
    );
    expect(screen.getByRole('link', { name: 'home' })).toHaveAttribute('href', '/zh-cn/');
    expect(screen.getByRole('link', { name: 'change' })).toHaveAttribute(
      'href',
      '/en-us/who-contacts-my-customer?cloud=germany',
    );
  });

  it('navigates in place on a plain click, with the state it carries', async () => {
    renderAt(
      '/en-us/',
      <Link to={{ search: '?cloud=germany' }} state={{ previous: 'germany' }}>
        go
      </Link>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'go' }));
    const location = screen.getByTestId('location');
    expect(location).toHaveTextContent('/en-us/?cloud=germany');
    expect(location).toHaveAttribute('data-state', JSON.stringify({ previous: 'germany' }));
  });

  it('leaves a modified click (new tab, new window) to the browser', () => {
    renderAt('/en-us/', <Link to="/zh-cn/">go</Link>);
    const link = screen.getByRole('link', { name: 'go' });
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      expect(leftToBrowser(link, modifier)).toBe(true);
    }
    expect(screen.getByTestId('location')).toHaveTextContent('/en-us/');
  });

  it('leaves a link to another target to the browser', () => {
    renderAt(
      '/en-us/',
      <Link to="/zh-cn/" target="_blank">
        go
      </Link>,
    );
    expect(leftToBrowser(screen.getByRole('link', { name: 'go' }))).toBe(true);
    expect(screen.getByTestId('location')).toHaveTextContent('/en-us/');
  });

  it('runs its own click handler first, and stays put when that handler prevents the default', async () => {
    const onClick = vi.fn((event: React.MouseEvent) => event.preventDefault());
    renderAt(
      '/en-us/',
      <Link to="/zh-cn/" onClick={onClick} lang="zh-CN">
        go
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'go' });
    expect(link).toHaveAttribute('lang', 'zh-CN');
    await userEvent.click(link);
    expect(onClick).toHaveBeenCalledOnce();
    expect(screen.getByTestId('location')).toHaveTextContent('/en-us/');
  });
});
