import { screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/domain/article';
import { ArticleBlocks } from '../../../src/features/article/components/ArticleBody';
import { useStrings } from '../../../src/lib/i18n/use-strings';
import { renderInLocale } from '../render-in-locale';

/** Blocks as the content pipeline makes them from a source with an image, a mailto: and a tel: link. */
const BLOCKS: Block[] = [
  { type: 'image', src: 'media/widget-screen.png', alt: 'Widget settings screen' },
  {
    type: 'paragraph',
    children: [
      {
        type: 'link',
        href: 'mailto:widgets@example.com',
        children: [{ type: 'text', value: 'Write to us' }],
      },
      { type: 'text', value: ' ' },
      { type: 'link', href: 'tel:+15550100', children: [{ type: 'text', value: 'Call us' }] },
    ],
  },
];

/** A markdown table aligned `| :--- | :---: | ---: | --- |`, as the pipeline parses it. */
const ALIGNED_TABLE: Block = {
  type: 'table',
  align: ['left', 'center', 'right', null],
  head: [
    [{ type: 'text', value: 'Role' }],
    [{ type: 'text', value: 'View' }],
    [{ type: 'text', value: 'Count' }],
    [{ type: 'text', value: 'Notes' }],
  ],
  rows: [
    [
      [{ type: 'text', value: 'Admin agent' }],
      [{ type: 'text', value: 'Yes' }],
      [{ type: 'text', value: '12' }],
      [{ type: 'text', value: 'All customers' }],
    ],
  ],
};

function Body({ blocks = BLOCKS }: { blocks?: Block[] }) {
  const { t, locale } = useStrings('article');
  return (
    <ArticleBlocks
      blocks={blocks}
      context={{
        locale,
        knownSlugs: [],
        newTabLabel: t('opensInNewTab'),
        imageLabel: t('imageLabel'),
        alertTitle: (kind) => t(`alert.${kind}`),
        usedAnchors: new Set(),
        usedTableLabels: new Map(),
      }}
    />
  );
}

describe('ArticleBlocks', () => {
  it.each([
    ['en-us', 'Image'],
    ['zh-cn', '图片'],
    ['zh-tw', '圖片'],
  ])(
    'in %s shows an image whose file is not in the content as a captioned figure, never an <img>',
    async (locale, label) => {
      const { container } = await renderInLocale(<Body />, `/${locale}/articles/widgets`);
      const figure = await screen.findByRole('figure');
      expect(figure).toHaveTextContent(`${label} Widget settings screen`);
      expect(container.querySelector('img')).toBeNull();
    },
  );

  it('marks an alt text in another language than the page’s with its language', async () => {
    const blocks: Block[] = [{ type: 'image', src: 'media/a.png', alt: '小部件设置', lang: 'zh-cn' }];
    await renderInLocale(<Body blocks={blocks} />, '/en-us/articles/widgets');
    expect(await screen.findByText('小部件设置')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('figure')).toHaveTextContent('Image 小部件设置');
  });

  it('opens mailto: and tel: links in the reader’s own app, not in a new tab', async () => {
    await renderInLocale(<Body />, '/en-us/articles/widgets');
    const mail = await screen.findByRole('link', { name: 'Write to us' });
    expect(mail).toHaveAttribute('href', 'mailto:widgets@example.com');
    expect(mail).not.toHaveAttribute('target');
    expect(screen.getByRole('link', { name: 'Call us' })).toHaveAttribute('href', 'tel:+15550100');
  });

  it('aligns table columns as the source says with classes the stylesheet reads, never a style attribute', async () => {
    // The CSP's `style-src` allows no inline styles: a style attribute would be blocked, its alignment lost.
    await renderInLocale(<Body blocks={[ALIGNED_TABLE]} />, '/zh-cn/articles/widgets');
    const classes = (cells: HTMLElement[]) => cells.map((cell) => cell.className);
    const head = await screen.findAllByRole('columnheader');
    expect(head.map((cell) => cell.textContent)).toEqual(['Role', 'View', 'Count', 'Notes']);
    expect(classes(head)).toEqual(['align-left', 'align-center', 'align-right', '']);
    const cells = screen.getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['Admin agent', 'Yes', '12', 'All customers']);
    expect(classes(cells)).toEqual(['align-left', 'align-center', 'align-right', '']);
    for (const cell of [...head, ...cells]) expect(cell).not.toHaveAttribute('style');
  });

  it('prerenders an aligned table with no style attribute', () => {
    const html = renderToString(
      <ArticleBlocks
        blocks={[ALIGNED_TABLE]}
        context={{
          locale: 'de-de',
          knownSlugs: [],
          newTabLabel: '',
          alertTitle: () => '',
          usedAnchors: new Set(),
          usedTableLabels: new Map(),
        }}
      />,
    );
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toContain('<th class="align-left">Role</th>');
    expect(html).toContain('<td class="align-right">12</td>');
  });

  it('names each table’s scrolling region by its header row, numbering a repeated one', async () => {
    const boldHead: Block = {
      type: 'table',
      align: [null, null],
      head: [
        [{ type: 'strong', children: [{ type: 'text', value: 'Rolle' }] }],
        [{ type: 'strong', children: [{ type: 'text', value: 'Was Sie tun können' }] }],
      ],
      rows: [
        [[{ type: 'text', value: 'Administrator-Agent' }], [{ type: 'text', value: 'Kundenverwaltung' }]],
      ],
    };
    await renderInLocale(<Body blocks={[boldHead, ALIGNED_TABLE, boldHead]} />, '/zh-tw/articles/widgets');
    const regions = await screen.findAllByRole('region');
    expect(regions.map((region) => region.getAttribute('aria-label'))).toEqual([
      'Rolle Was Sie tun können',
      'Role View Count Notes',
      'Rolle Was Sie tun können (2)',
    ]);
    for (const region of regions) expect(region).toHaveAttribute('tabindex', '0');
  });
});
