import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WizardPage } from '../../../src/features/wizard/components/WizardPage';
import { renderInLocale } from '../render-in-locale';

const WIZARD = '/who-contacts-my-customer';

describe('WizardPage', () => {
  it('asks the first question as a fieldset whose legend is the page heading, with native radios', async () => {
    await renderInLocale(<WizardPage />, `/en-us${WIZARD}`);
    const group = await screen.findByRole('group', {
      name: /Which Partner Center cloud is your customer in\?/,
    });
    expect(within(group).getByRole('heading', { level: 1 })).toHaveTextContent('Which Partner Center cloud');
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
    expect(within(group).getByLabelText('Partner Center for Microsoft Cloud Germany')).toHaveAttribute(
      'value',
      'germany',
    );
    expect(screen.queryByRole('link', { name: 'Back' })).not.toBeInTheDocument();
  });

  it('asks again with a message when Continue is pressed without an answer', async () => {
    await renderInLocale(<WizardPage />, `/zh-cn${WIZARD}`);
    await userEvent.click(await screen.findByRole('button', { name: '继续' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请选择一个答案后继续。');
    expect(screen.getByTestId('location')).toHaveTextContent(WIZARD);
    expect(screen.getByTestId('location').textContent).not.toContain('?');
  });

  it('writes each answer to the URL and moves to the next question', async () => {
    await renderInLocale(<WizardPage />, `/en-us${WIZARD}`);
    await userEvent.click(await screen.findByLabelText('Partner Center'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByTestId('location')).toHaveTextContent(`${WIZARD}?cloud=partner-center`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'What is the message to your customer about?',
    );
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', `/en-us${WIZARD}`);
  });

  it('shows the outcome with the cited sentences in the locale and their English originals', async () => {
    await renderInLocale(<WizardPage />, `/zh-tw${WIZARD}?cloud=partner-center&topic=incident`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Microsoft 可能會直接聯絡您的客戶。',
    );
    const quotes = screen.getAllByRole('blockquote');
    expect(quotes.map((quote) => [quote.lang, quote.textContent])).toEqual([
      ['zh-TW', 'Microsoft 可能會直接與客戶交流有關服務事件或其他操作資訊。'],
      [
        'en-US',
        'Microsoft may communicate directly with customers about service incidents or other operational information.',
      ],
    ]);
    expect(screen.getByRole('link', { name: '在文章中檢視這句話' }).getAttribute('href')).toMatch(
      /^\/zh-tw\/articles\/customer-communication-from-microsoft#s-[0-9a-f]{8}$/,
    );
  });

  it('offers to change each answer, keeping only the answers before it', async () => {
    await renderInLocale(<WizardPage />, `/en-us${WIZARD}?cloud=us-government&topic=non-csp&relationship=no`);
    const change = await screen.findByRole('link', { name: /^Change\s*Message about$/ });
    expect(change).toHaveAttribute('href', `/en-us${WIZARD}?cloud=us-government`);
    expect(screen.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', `/en-us${WIZARD}`);
  });

  it('keeps valid earlier answers from a bad link and says, as text, what it ignored', async () => {
    await renderInLocale(<WizardPage />, `/en-us${WIZARD}?cloud=germany&topic=<b>x</b>`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'What is the message to your customer about?',
    );
    expect(screen.getByRole('status')).toHaveTextContent('“<b>x</b>” is not an answer to “Message about”.');
    expect(document.querySelector('.wizard b')).toBeNull();
    expect(document.querySelector('input[type="hidden"][name="cloud"]')).toHaveAttribute('value', 'germany');
  });

  it('says when the version being read does not list the chosen cloud', async () => {
    await renderInLocale(<WizardPage />, `/zh-cn${WIZARD}?cloud=germany&topic=other`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(/此版本的文章未列出德国 Microsoft Cloud 合作伙伴中心/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '中文（台灣）' })).toHaveAttribute(
      'href',
      '/zh-tw/articles/customer-communication-from-microsoft',
    );
  });
});
