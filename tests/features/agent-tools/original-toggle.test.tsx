import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ArticlePage } from '../../../src/features/article/components/ArticlePage';
import { WizardPage } from '../../../src/features/wizard/components/WizardPage';
import { renderInLocale } from '../render-in-locale';

const SLUG = 'customer-communication-from-microsoft';
const INCIDENTS =
  'Microsoft may communicate directly with customers about service incidents or other operational information.';

describe('Show English original', () => {
  it('shows the English original beneath each zh-cn sentence and writes ?original=1 to the URL', async () => {
    const user = userEvent.setup();
    await renderInLocale(<ArticlePage slug={SLUG} />, `/zh-cn/articles/${SLUG}`);
    const toggle = await screen.findByRole('button', { name: '显示英文原文' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByText(INCIDENTS)).toBeNull();
    await user.click(toggle);
    expect(await screen.findByText(INCIDENTS)).toHaveAttribute('lang', 'en-US');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('location').textContent).toBe(`/zh-cn/articles/${SLUG}?original=1`);
    await user.click(toggle);
    await waitFor(() => expect(screen.queryByText(INCIDENTS)).toBeNull());
  });

  it('opens with the originals shown from a shared ?original=1 link', async () => {
    await renderInLocale(<ArticlePage slug={SLUG} />, `/zh-tw/articles/${SLUG}?original=1`);
    expect(await screen.findByText(INCIDENTS)).toHaveAttribute('lang', 'en-US');
    expect(screen.getByRole('button', { name: '顯示英文原文' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('has no toggle on the English version, and a labelled copy-link control on every sentence', async () => {
    await renderInLocale(<ArticlePage slug={SLUG} />, `/en-us/articles/${SLUG}`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Show English original' })).toBeNull();
    const controls = screen.getAllByRole('button', { name: 'Copy link to this sentence' });
    expect(controls.length).toBe(document.querySelectorAll('.sentence[id]').length);
  });
});

/**
 * The outcome's agent tools are a lazy chunk: React retries a render that suspended on it only inside an
 * awaited `act` (in tests), so the outcome is rendered in one.
 */
async function renderOutcome(url: string) {
  await act(async () => {
    await renderInLocale(<WizardPage />, url);
  });
}

describe('Show English original on a wizard answer', () => {
  const OUTCOME = '/who-contacts-my-customer?cloud=partner-center&topic=incident';
  const ENGLISH_HEADING = 'Microsoft may contact your customer directly about service problems';

  it('shows the answer’s English wording beneath the zh-cn answer, keeping the answers in the URL', async () => {
    const user = userEvent.setup();
    await renderOutcome(`/zh-cn${OUTCOME}`);
    const toggle = await screen.findByRole('button', { name: '显示英文原文' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByText(ENGLISH_HEADING)).toBeNull();
    await user.click(toggle);
    expect((await screen.findByText(ENGLISH_HEADING)).closest('[lang]')).toHaveAttribute('lang', 'en-US');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Microsoft 可能会就服务故障直接联系你的客户',
    );
    expect(screen.getByTestId('location').textContent).toBe(`/zh-cn${OUTCOME}&original=1`);
  });

  it('toggles with o, but not while a field has the focus', async () => {
    const user = userEvent.setup();
    await renderOutcome(`/zh-tw${OUTCOME}&original=1`);
    expect(await screen.findByText(ENGLISH_HEADING)).toBeInTheDocument();
    await user.click(await screen.findByLabelText('預覽'));
    await user.keyboard('o');
    expect(screen.getByTestId('location').textContent).toBe(`/zh-tw${OUTCOME}&original=1`);
    await user.click(screen.getByRole('heading', { level: 1 }));
    await user.keyboard('o');
    await waitFor(() => expect(screen.queryByText(ENGLISH_HEADING)).toBeNull());
    expect(screen.getByTestId('location').textContent).toBe(`/zh-tw${OUTCOME}`);
  });

  it('offers no toggle on an English answer, where the wording is the original', async () => {
    await renderOutcome(`/en-us${OUTCOME}&original=1`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(ENGLISH_HEADING);
    expect(screen.queryByRole('button', { name: 'Show English original' })).toBeNull();
    expect(screen.getAllByText(ENGLISH_HEADING)).toHaveLength(1);
  });
});
