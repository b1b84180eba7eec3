import { screen, waitFor, within } from '@testing-library/react';
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
    // Back carries the answer, so the question it leads to pre-selects it (in a new tab too).
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      `/en-us${WIZARD}?cloud=partner-center&change=cloud`,
    );
  });

  it('shows the outcome with the cited sentences in the locale and their English originals', async () => {
    await renderInLocale(<WizardPage />, `/zh-tw${WIZARD}?cloud=partner-center&topic=incident`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Microsoft 可能會就服務問題直接聯絡您的客戶',
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

  it('offers to change each answer with a link that carries every answer and names the question', async () => {
    await renderInLocale(<WizardPage />, `/en-us${WIZARD}?cloud=us-government&topic=non-csp&relationship=no`);
    const change = await screen.findByRole('link', { name: /^Change\s*Message about$/ });
    expect(change).toHaveAttribute(
      'href',
      `/en-us${WIZARD}?cloud=us-government&topic=non-csp&relationship=no&change=topic`,
    );
    expect(screen.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', `/en-us${WIZARD}`);
  });

  it('keeps the English originals on through Change, the changed answer and Start again', async () => {
    await renderInLocale(<WizardPage />, `/zh-tw${WIZARD}?cloud=germany&topic=subscription&original=1`);
    const change = await screen.findByRole('link', { name: '變更訊息內容' });
    expect(change).toHaveAttribute(
      'href',
      `/zh-tw${WIZARD}?cloud=germany&topic=subscription&change=topic&original=1`,
    );
    expect(screen.getByRole('link', { name: '重新開始' })).toHaveAttribute(
      'href',
      `/zh-tw${WIZARD}?original=1`,
    );
    await userEvent.click(change);
    expect(await screen.findByText('第 2 個問題')).toBeInTheDocument();
    // Without JavaScript the form carries it too.
    const hidden = [...document.querySelectorAll<HTMLInputElement>('input[type="hidden"]')];
    expect(hidden.map((input) => `${input.name}=${input.value}`)).toContain('original=1');
    await userEvent.click(screen.getByRole('button', { name: '繼續' }));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(
        `/zh-tw${WIZARD}?cloud=germany&topic=subscription&original=1`,
      ),
    );
  });

  it('names the question a Change link changes without a space or colon of its own in Chinese', async () => {
    await renderInLocale(<WizardPage />, `/zh-cn${WIZARD}?cloud=germany&topic=subscription`);
    const change = await screen.findByRole('link', { name: '更改通知内容' });
    expect(change.textContent).toBe('更改通知内容');
    expect(screen.getByText('联系客户的是：', { exact: false }).textContent).toBe(
      '联系客户的是：你（合作伙伴）',
    );
  });

  it('pre-selects the answer of a revisited question and keeps the later answers in the form', async () => {
    await renderInLocale(
      <WizardPage />,
      `/en-us${WIZARD}?cloud=us-government&topic=non-csp&relationship=no&change=topic`,
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'What is the message to your customer about?',
    );
    expect(screen.getByText('Question 2')).toBeInTheDocument();
    expect(screen.getByLabelText('Microsoft products or services they bought outside CSP')).toBeChecked();
    const hidden = [...document.querySelectorAll<HTMLInputElement>('input[type="hidden"]')];
    expect(hidden.map((input) => `${input.name}=${input.value}`)).toEqual([
      'cloud=us-government',
      'relationship=no',
    ]);
    // Continue with the same answer keeps the later one and reaches the outcome at once.
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByTestId('location')).toHaveTextContent(
      `${WIZARD}?cloud=us-government&topic=non-csp&relationship=no`,
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'You contact your customer about the products they bought outside CSP',
    );
  });

  it('drops a later answer that the changed answer makes unnecessary', async () => {
    await renderInLocale(
      <WizardPage />,
      `/en-us${WIZARD}?cloud=germany&topic=non-csp&relationship=yes&change=topic`,
    );
    await userEvent.click(await screen.findByLabelText('A service problem or operational news'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByTestId('location').textContent).toBe(`/en-us${WIZARD}?cloud=germany&topic=incident`);
  });

  it('gives each topic short examples a partner recognises, tied to its radio', async () => {
    await renderInLocale(<WizardPage />, `/en-us${WIZARD}?cloud=germany`);
    const incident = await screen.findByLabelText('A service problem or operational news');
    expect(incident).toHaveAccessibleDescription(
      'For example, an outage, planned maintenance or a security incident.',
    );
    expect(screen.getByLabelText('Their CSP subscriptions or billing')).toHaveAccessibleDescription(
      'For example, a renewal, an invoice or a price change.',
    );
  });

  it('says honestly that for something else the article only states the general expectation', async () => {
    await renderInLocale(<WizardPage />, `/en-us${WIZARD}?cloud=partner-center&topic=other`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'The article only states the general rule, that communication comes from you',
    );
    expect(screen.getByText(/Who contacts your customer:/)).toHaveTextContent(
      'Who contacts your customer: In general, you, the partner',
    );
  });

  it('keeps valid earlier answers from a bad link, never rendering its markup', async () => {
    await renderInLocale(<WizardPage />, `/en-us${WIZARD}?cloud=germany&topic=<b>x</b>`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'What is the message to your customer about?',
    );
    expect(document.querySelector('.wizard b')).toBeNull();
    expect(document.querySelector('input[type="hidden"][name="cloud"]')).toHaveAttribute('value', 'germany');
  });

  it('says when the version being read does not list the chosen cloud', async () => {
    await renderInLocale(<WizardPage />, `/zh-cn${WIZARD}?cloud=germany&topic=other`);
    await screen.findByRole('heading', { level: 1 });
    expect(
      screen.getByText(/并未说明本文适用于“德国 Microsoft Cloud 合作伙伴中心”/, { selector: 'p' }),
    ).toBeInTheDocument();
    // Which version names it, in the reader's language, that it is older, and that it has no date.
    const older = screen.getByText(/版本确实列出了/, { selector: 'p' });
    expect(older.textContent).toBe(
      '中文（台湾）版本确实列出了“德国 Microsoft Cloud 合作伙伴中心”，但它是本文的较早版本，且未注明日期。',
    );
    expect(within(older).getByRole('link', { name: '中文（台湾）' })).toHaveAttribute(
      'href',
      '/zh-tw/articles/customer-communication-from-microsoft',
    );
  });

  it('tells an English reader which older version names Germany, and that it has no date, in English', async () => {
    await renderInLocale(<WizardPage />, `/en-us${WIZARD}?cloud=germany&topic=subscription`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(/version does name/).textContent).toBe(
      'The Chinese (Taiwan) version does name Partner Center for Microsoft Cloud Germany, but it is an older version of the article, and it gives no date.',
    );
  });
});
