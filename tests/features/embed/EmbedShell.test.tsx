import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EmbedShell } from '../../../src/features/embed/components/EmbedShell';
import { renderInLocale } from '../render-in-locale';

function NextStep() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate({ search: '?cloud=germany' })}>
      next
    </button>
  );
}

describe('embed mode', () => {
  it('keeps embed=1 and the theme in every link and navigation, after the page own parameters', async () => {
    const user = userEvent.setup();
    await renderInLocale(
      <EmbedShell mode={{ embedded: true, theme: 'dark' }} locales={['en-us', 'zh-cn']}>
        <Link to="/zh-cn/who-contacts-my-customer?cloud=germany#top">wizard</Link>
        <NextStep />
      </EmbedShell>,
      '/zh-cn/?embed=1&theme=dark',
    );
    expect(screen.getByRole('link', { name: 'wizard' })).toHaveAttribute(
      'href',
      '/zh-cn/who-contacts-my-customer?cloud=germany&embed=1&theme=dark#top',
    );
    await user.click(screen.getByRole('button', { name: 'next' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/zh-cn/?cloud=germany&embed=1&theme=dark');
    await user.click(screen.getByRole('link', { name: 'wizard' }));
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/zh-cn/who-contacts-my-customer?cloud=germany&embed=1&theme=dark#top',
    );
  });

  it('marks the page with the theme the URL asks for, for the stylesheet', async () => {
    await renderInLocale(
      <EmbedShell mode={{ embedded: true, theme: 'light' }} locales={['en-us']}>
        <p>content</p>
      </EmbedShell>,
      '/en-us/?embed=1&theme=light',
    );
    expect(screen.getByText('content').closest('.embed-page')).toHaveAttribute('data-theme', 'light');
  });
});
