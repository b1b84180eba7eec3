import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { UrlInputNotice } from '../../../src/app/url-input/UrlInputNotice';
import { UrlInputSlot } from '../../../src/app/url-input/UrlInputSlot';
import { AppliesToFilter } from '../../../src/features/applies-to/components/AppliesToFilter';
import { WizardPage } from '../../../src/features/wizard/components/WizardPage';
import { renderInLocale } from '../../features/render-in-locale';

const INTRO = {
  'en-us': 'Part of the link you followed cannot be used, so it is ignored:',
  'zh-cn': '你打开的链接中有部分内容无法使用，已忽略：',
  'zh-tw': '您開啟的連結中有部分內容無法使用，已略過：',
};
const ARTICLE = '/articles/customer-communication-from-microsoft';
const WIZARD = '/who-contacts-my-customer';
const notice = (locale: keyof typeof INTRO = 'en-us') => screen.findByRole('status', { name: INTRO[locale] });
const items = (element: HTMLElement) => [...element.querySelectorAll('li')].map((item) => item.textContent);

describe('the one URL notice of a page', () => {
  it('shows nothing for a clean link, or for parameters no page reads', async () => {
    const { container } = await renderInLocale(
      <UrlInputNotice route="home" />,
      '/en-us/?cloud=germany&utm_source=mail&q=x&embed=',
    );
    await screen.findByTestId('location');
    expect(container.querySelector('.url-input-notice')).toBeNull();
  });

  it('lists an unknown cloud as text, keeps the valid role, and says the rest applies', async () => {
    const html = '<img src=x onerror=alert(1)>';
    await renderInLocale(
      <>
        <UrlInputNotice route="home" />
        <AppliesToFilter />
      </>,
      `/en-us/?cloud=${encodeURIComponent(html)}&role=helpdesk-agent`,
    );
    const shown = await notice();
    expect(shown).toHaveAttribute('lang', 'en-US');
    expect(items(shown)).toEqual([`the cloud “${html}”, which this help center does not know`]);
    expect(shown).toHaveTextContent('Everything else in the link still applies.');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByLabelText('Role')).toHaveValue('helpdesk-agent');
  });

  it('cuts a very long value short, in zh-tw with its own lang', async () => {
    await renderInLocale(<UrlInputNotice route="home" />, `/zh-tw/?role=${'x'.repeat(10_000)}`);
    const shown = await notice('zh-tw');
    expect(shown).toHaveAttribute('lang', 'zh-TW');
    expect(items(shown)).toEqual([`角色「${'x'.repeat(40)}…」：本說明中心無法辨識`]);
    expect(shown).not.toHaveTextContent('連結的其餘部分仍然有效');
  });

  it('reports a second cloud and an unknown theme in zh-cn, keeping the first cloud', async () => {
    await renderInLocale(
      <UrlInputNotice route="article" />,
      `/zh-cn${ARTICLE}?cloud=germany&cloud=partner-center&embed=1&theme=purple`,
    );
    const shown = await notice('zh-cn');
    expect(shown).toHaveAttribute('lang', 'zh-CN');
    expect(items(shown)).toEqual([
      '云的第二个值“partner-center”：只能选择一个',
      '配色主题“purple”：本帮助中心无法识别',
    ]);
    expect(shown).toHaveTextContent('链接的其余部分仍然有效。');
  });

  it('reports a fragment that names nothing, on the article', async () => {
    await renderInLocale(<UrlInputNotice route="article" />, `/en-us${ARTICLE}#%E0%A4%A`);
    expect(items(await notice())).toEqual([
      'the part after “#”, “%E0%A4%A”, which names no section or sentence',
    ]);
  });

  it('goes away when the filter is cleared, the other parameters kept', async () => {
    await renderInLocale(
      <>
        <UrlInputNotice route="home" />
        <AppliesToFilter />
      </>,
      '/en-us/?ref=ticket&cloud=nowhere&role=helpdesk-agent',
    );
    await notice();
    await userEvent.click(screen.getByRole('link', { name: 'Clear filter' }));
    expect(screen.getByTestId('location').textContent).toBe('/en-us/?ref=ticket');
    expect(screen.queryByRole('status', { name: INTRO['en-us'] })).not.toBeInTheDocument();
  });
});

describe('the one URL notice on the wizard (its own notice is gone)', () => {
  it('says an unknown answer and the answers after it were dropped, and that it asks again', async () => {
    await renderInLocale(
      <>
        <UrlInputNotice route="wizard" />
        <WizardPage />
      </>,
      `/en-us${WIZARD}?cloud=germany&topic=<b>x</b>&relationship=yes`,
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'What is the message to your customer about?',
    );
    const shown = await notice();
    expect(items(shown)).toEqual([
      'the answer about the topic “<b>x</b>”, which this help center does not know',
      'the answer about buying from Microsoft directly “yes”, which comes after a question that is not answered yet',
    ]);
    expect(shown).toHaveTextContent(
      'The wizard asks again from the first question without a usable answer; your other answers are kept.',
    );
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(document.querySelector('b')).toBeNull();
  });

  it('says an answer the outcome did not need was dropped, not that it asks again', async () => {
    await renderInLocale(
      <>
        <UrlInputNotice route="wizard" />
        <WizardPage />
      </>,
      `/zh-tw${WIZARD}?cloud=partner-center&topic=subscription&relationship=yes`,
    );
    const shown = await notice('zh-tw');
    expect(items(shown)).toEqual(['是否直接向 Microsoft 購買的答案「yes」：得出此答案不需要它']);
    expect(shown).not.toHaveTextContent('精靈將');
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });

  it('drops a change naming a question these answers do not ask', async () => {
    await renderInLocale(
      <UrlInputNotice route="wizard" />,
      `/en-us${WIZARD}?cloud=germany&topic=incident&change=relationship`,
    );
    expect(items(await notice())).toEqual([
      'the question to change “relationship”, a question these answers do not ask',
    ]);
  });
});

describe('the slot the app renders it in', () => {
  it('loads the notice after the page has rendered, only for a URL that needs it', async () => {
    const { container } = await renderInLocale(
      <UrlInputSlot route="article" search="" hash="#%" />,
      `/zh-tw${ARTICLE}#%`,
    );
    expect(items(await notice('zh-tw'))).toEqual(['「#」之後的部分「%」：不指向任何章節或句子']);
    expect(container.querySelectorAll('.url-input-notice')).toHaveLength(1);
  });

  it('renders nothing for a clean URL', async () => {
    const { container } = await renderInLocale(
      <UrlInputSlot route="home" search="?embed=1" hash="" />,
      '/en-us/?embed=1',
    );
    await screen.findByTestId('location');
    // Asserts that nothing happens: a notice loaded after the render would be in by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('.url-input-notice')).toBeNull();
  });
});
