import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sentenceAnchorId } from '../../../src/domain/sentence-key';
import { ArticlePage } from '../../../src/features/article/components/ArticlePage';
import { renderInLocale } from '../render-in-locale';

const SLUG = 'customer-communication-from-microsoft';
const INCIDENTS =
  'Microsoft may communicate directly with customers about service incidents or other operational information.';

describe('ArticlePage', () => {
  it('renders the zh-cn version with its heading, applies-to, roles, date and translation kind', async () => {
    await renderInLocale(<ArticlePage slug={SLUG} />, `/zh-cn/articles/${SLUG}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      '客户与 Microsoft 成功通信的准则',
    );
    const meta = screen.getByRole('article');
    expect(within(meta).getByText('合作伙伴中心Microsoft Cloud for US Government')).toBeInTheDocument();
    expect(within(meta).getByText('支持人员代理')).toBeInTheDocument();
    expect(within(meta).getByText('2020年7月10日')).toHaveAttribute('datetime', '2020-07-10');
    expect(within(meta).getByText('由英文机器翻译')).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'zh-CN');
  });

  it('gives every sentence an anchor derived from its English original', async () => {
    await renderInLocale(<ArticlePage slug={SLUG} />, `/zh-tw/articles/${SLUG}`);
    await screen.findByRole('heading', { level: 1 });
    const sentence = document.getElementById(sentenceAnchorId(INCIDENTS));
    expect(sentence).toHaveTextContent('Microsoft 可能會直接與客戶交流有關服務事件或其他操作資訊。');
  });

  it('says when a version gives no review date (the older zh-tw translation)', async () => {
    await renderInLocale(<ArticlePage slug={SLUG} />, `/zh-tw/articles/${SLUG}`);
    expect(await screen.findByText('此版本未註明日期')).toBeInTheDocument();
    expect(screen.getByText('由英文人工翻譯')).toBeInTheDocument();
    expect(screen.getByText('Microsoft Cloud 德國合作夥伴中心')).toBeInTheDocument();
  });

  it('renders the generated English version from the newest source', async () => {
    await renderInLocale(<ArticlePage slug={SLUG} />, `/en-us/articles/${SLUG}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Guidelines for successful customer communication with Microsoft',
    );
    expect(screen.getByText(INCIDENTS)).toBeInTheDocument();
    expect(screen.getByText('Original English')).toBeInTheDocument();
    expect(screen.getByText('July 10, 2020')).toBeInTheDocument();
  });

  it('links next steps outside the help center to Microsoft Learn in a new tab, announced to screen readers', async () => {
    await renderInLocale(<ArticlePage slug={SLUG} />, `/en-us/articles/${SLUG}`);
    const link = await screen.findByRole('link', { name: /Customer self-support/ });
    expect(link).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/en-us/partner-center/customer-self-support',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAccessibleName(/\(opens in a new tab\)/);
  });
});
