import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppliesToNotices } from '../../../src/features/applies-to/components/AppliesToNotices';
import { ListingStatement } from '../../../src/features/applies-to/components/ListingStatement';
import { articleListing } from '../../../src/lib/content/article-store';
import { renderInLocale } from '../render-in-locale';

const SLUG = 'customer-communication-from-microsoft';
const ARTICLE = `/articles/${SLUG}`;

/** The list item whose whole text is `text` (statements are made of several elements). */
const statement = (text: string) =>
  screen.findByText((_, element) => element?.tagName === 'LI' && element.textContent === text);

describe('AppliesToNotices', () => {
  it('says the version applies to the chosen cloud and role, in its own words', async () => {
    await renderInLocale(
      <AppliesToNotices slug={SLUG} />,
      `/en-us${ARTICLE}?cloud=us-government&role=helpdesk-agent`,
    );
    expect(
      await statement('Applies to your cloud: Partner Center for Microsoft Cloud for US Government'),
    ).toHaveClass('applies-to-listed');
    expect(await statement('Appropriate for your role: Helpdesk agent')).toHaveClass('applies-to-listed');
    expect(screen.queryByText(/earlier version/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change cloud or role' })).toHaveAttribute(
      'href',
      '/en-us/?cloud=us-government&role=helpdesk-agent',
    );
  });

  it('says this version does not list Germany, and links to the zh-tw version that does, keeping the query', async () => {
    await renderInLocale(<AppliesToNotices slug={SLUG} />, `/en-us${ARTICLE}?cloud=germany`);
    const notice = await statement(
      'This version of the article does not list Partner Center for Microsoft Cloud Germany. The 中文（台灣） version lists it.',
    );
    expect(notice).toHaveClass('applies-to-not-listed');
    expect(within(notice).getByRole('link', { name: '中文（台灣）' })).toHaveAttribute(
      'href',
      `/zh-tw${ARTICLE}?cloud=germany`,
    );
  });

  it('names Germany in zh-cn by its UI translation, as that version does not list it', async () => {
    await renderInLocale(<AppliesToNotices slug={SLUG} />, `/zh-cn${ARTICLE}?cloud=germany`);
    const notice = await statement(
      '此版本的文章未列出“德国 Microsoft Cloud 合作伙伴中心”。中文（台灣）版本列出了此项。',
    );
    expect(notice).toHaveAttribute('lang', 'zh-CN');
  });

  it('tells zh-tw that it lists Germany', async () => {
    await renderInLocale(<AppliesToNotices slug={SLUG} />, `/zh-tw${ARTICLE}?cloud=germany`);
    expect(await statement('適用於您的雲端：Microsoft Cloud 德國合作夥伴中心')).toBeInTheDocument();
  });

  it('says the zh-tw version names no roles, and which versions list the chosen role', async () => {
    await renderInLocale(<AppliesToNotices slug={SLUG} />, `/zh-tw${ARTICLE}?role=helpdesk-agent`);
    expect(
      await statement(
        '此版本的文章未註明適當的角色，因此未列出角色「技術支援專員」。English (United States)和中文（中国）版本有列出此項目。',
      ),
    ).toBeInTheDocument();
  });

  it('shows nothing for an empty filter value, which means "any"', async () => {
    const { container } = await renderInLocale(<AppliesToNotices slug={SLUG} />, `/en-us${ARTICLE}?cloud=`);
    await screen.findByTestId('location');
    expect(container.querySelector('.applies-to-notices')).toBeEmptyDOMElement();
  });
});

describe('ListingStatement', () => {
  it('says so when no version of the article lists the chosen role, never claiming it applies', async () => {
    const version = articleListing(SLUG, 'en-us');
    if (!version) throw new Error('the en-us version is missing');
    await renderInLocale(
      <ul>
        <ListingStatement
          param="role"
          id="global-admin"
          listing="not-listed"
          version={version}
          otherLocales={[]}
          variant="page"
          search=""
        />
      </ul>,
      `/en-us${ARTICLE}`,
    );
    expect(await statement('No version of this article lists the role Global admin.')).toHaveClass(
      'applies-to-not-listed',
    );
  });
});
