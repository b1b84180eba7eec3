import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article, Block, Inline } from '../../../src/domain/article';
import { isoDateOf, parseArticleSource } from '../../../src/content/pipeline/parse-article';

const VALID_DIR = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));

function fixtureSource(name: string): string {
  return readFileSync(VALID_DIR + name, 'utf8');
}

function parseFixture(name: string, locale = 'zh-cn'): Article {
  return parseArticleSource(fixtureSource(name), { slug: 'widgets', locale, file: name });
}

const text = (value: string): Inline => ({ type: 'text', value });

/** A sentence whose translation and English are plain text. */
function sentence(translation: string, english: string): Inline {
  return { type: 'sentence', key: english, children: [text(translation)], english: [text(english)] };
}

/** A sentence whose translation and English are each one bold run, as in `**Pays**`. */
function boldSentence(translation: string, english: string): Inline {
  return {
    type: 'sentence',
    key: english,
    children: [{ type: 'strong', children: [text(translation)] }],
    english: [{ type: 'strong', children: [text(english)] }],
  };
}

function blockTypes(blocks: readonly Block[]): string[] {
  return blocks.map((block) => block.type);
}

function sentencesOf(inlines: readonly Inline[]): Extract<Inline, { type: 'sentence' }>[] {
  return inlines.flatMap((inline) => {
    if (inline.type === 'sentence') return [inline];
    return 'children' in inline ? sentencesOf(inline.children) : [];
  });
}

describe('parseArticleSource on a canonical sxs source', () => {
  const article = parseFixture('canonical.md');

  it('reads the front matter into plain fields', () => {
    expect(article).toMatchObject({
      slug: 'widgets',
      locale: 'zh-cn',
      title: '小部件的使用准则',
      description: '了解如何正确地使用小部件。',
      date: '2021-03-14',
      translation: 'machine',
      sourceVersion: '0123456789abcdef0123456789abcdef01234567',
    });
  });

  it('turns every segment into a sentence with its translation and its English original', () => {
    expect(article.blocks).toEqual<Block[]>([
      {
        type: 'heading',
        depth: 1,
        anchor: 'guidelines-for-using-widgets',
        children: [sentence('小部件使用准则', 'Guidelines for using widgets')],
      },
      {
        type: 'paragraph',
        children: [
          sentence('一般来说，小部件应当保持整洁。', 'In general, widgets should be kept tidy.'),
          text(' '),
          {
            type: 'sentence',
            key: 'Please check your widgets once a day.',
            children: [text('请每天'), { type: 'strong', children: [text('检查')] }, text('一次小部件。')],
            english: [
              text('Please '),
              { type: 'strong', children: [text('check')] },
              text(' your widgets once a day.'),
            ],
          },
        ],
      },
      { type: 'heading', depth: 2, anchor: 'next-steps', children: [sentence('后续步骤', 'Next steps')] },
      {
        type: 'list',
        ordered: false,
        start: null,
        items: [
          [
            {
              type: 'paragraph',
              children: [
                {
                  type: 'link',
                  href: 'cleaning-widgets.md',
                  children: [sentence('清洁小部件', 'Cleaning widgets')],
                },
              ],
            },
          ],
        ],
      },
    ]);
  });

  it('moves the one-line applies-to and roles segments out of the body, pairing values by index', () => {
    expect(article.appliesTo).toEqual({
      label: '适用于',
      values: [
        { english: 'Widget Center', text: '小部件中心' },
        { english: 'Widget Center for Galaxy', text: '小部件中心 Galaxy' },
      ],
    });
    expect(article.roles).toEqual({
      label: '适当的角色',
      values: [{ english: 'Support agent', text: '支持代理' }],
    });
  });

  it('lists every sentence in document order, the heading and applies-to ones included', () => {
    expect(article.sentences.map((entry) => entry.key)).toEqual([
      'Guidelines for using widgets',
      'Applies to: Widget Center | Widget Center for Galaxy',
      'Appropriate roles: Support agent',
      'In general, widgets should be kept tidy.',
      'Please check your widgets once a day.',
      'Next steps',
      'Cleaning widgets',
    ]);
    expect(article.sentences[4]).toEqual({
      key: 'Please check your widgets once a day.',
      text: '请每天检查一次小部件。',
      english: 'Please check your widgets once a day.',
    });
  });
});

describe('parseArticleSource on invisible variations of the same file', () => {
  const clean = parseFixture('canonical.md');

  it.each([
    ['CRLF line endings', 'crlf.md'],
    ['mixed CRLF / CR / LF endings with CR-only lines around the front matter', 'mixed-line-endings.md'],
    ['whitespace-only and NBSP-only lines, trailing spaces and a trailing NBSP', 'whitespace-lines.md'],
    ['no final newline', 'no-final-newline.md'],
  ])('gives the clean model for %s', (_variation, name) => {
    expect(parseFixture(name)).toEqual(clean);
  });
});

describe('parseArticleSource on the zh-TW 2017 shape (bold outside the segment, label + list)', () => {
  const article = parseFixture('bold-outside-list.md', 'zh-tw');

  it('strips the old " | Partner Center"-style suffix from a quoted title', () => {
    expect(article.title).toBe('小工具的維護方式');
    expect(article.description).toBe('了解如何維護您的小工具。');
  });

  it('has no date and reads HT as a human translation', () => {
    expect(article.date).toBeNull();
    expect(article.translation).toBe('human');
  });

  it('takes applies-to from a bold label segment and the list after it', () => {
    expect(article.appliesTo).toEqual({
      label: '適用於',
      values: [
        { english: 'Widget Center', text: '小工具中心' },
        { english: 'Widget Center for Galaxy', text: '銀河的小工具中心' },
        { english: 'Widget Center Andromeda', text: '仙女座小工具中心' },
      ],
    });
  });

  it('takes roles when the bold sits inside the segment', () => {
    expect(article.roles).toEqual({
      label: '適當的角色',
      values: [
        { english: 'Maintainer', text: '維護人員' },
        { english: 'Inspector', text: '檢查人員' },
      ],
    });
  });

  it('removes both labels and both lists from the body', () => {
    expect(blockTypes(article.blocks)).toEqual(['heading', 'paragraph']);
  });
});

describe('parseArticleSource on entities, NBSP and backslash escapes', () => {
  const article = parseFixture('entities-escapes.md', 'fr-fr');
  const [first, second, third] = article.sentences.slice(1);

  it('decodes entities, keeping a translated &nbsp; as NBSP', () => {
    expect(first?.text).toBe('Le fournisseur de widgets\u00a0Cloud vend des crédits & ajustements.');
    expect(first?.key).toBe('The Cloud widget provider sells credits & adjustments.');
    expect(third?.text).toBe('Cliquez sur [Emplacement] puis "OK".');
  });

  it('resolves backslash escapes and keeps raw NBSP in the translation', () => {
    expect(second).toEqual({
      key: 'On January 5, choose *All* in the Widget_Number column.',
      text: 'Le 5\u00a0janvier, choisissez *Tous* dans la colonne Widget_Numéro.',
      english: 'On January 5, choose *All* in the Widget_Number column.',
    });
  });

  it('accepts single-digit months and days in ms.date', () => {
    expect(article.date).toBe('2021-01-05');
  });
});

describe('parseArticleSource on alerts', () => {
  const { blocks } = parseFixture('alerts.md', 'fr-fr');

  it('recognizes > [!NOTE], >[!Note] and a marker followed by trailing spaces', () => {
    expect(blocks.slice(1, 4).map((block) => (block.type === 'alert' ? block.kind : block.type))).toEqual([
      'note',
      'note',
      'warning',
    ]);
  });

  it('drops the marker and keeps the content as the alert body', () => {
    expect(blocks[2]).toEqual({
      type: 'alert',
      kind: 'note',
      children: [
        { type: 'paragraph', children: [sentence('Une note sans espace.', 'A note without a space.')] },
      ],
    });
  });

  it('finds alerts nested in list items', () => {
    const list = blocks[4];
    expect(list?.type === 'list' && list.ordered && list.items[0]?.map((block) => block.type)).toEqual([
      'paragraph',
      'alert',
    ]);
    const alert = list?.type === 'list' ? list.items[0]?.[1] : undefined;
    expect(alert?.type === 'alert' && alert.kind).toBe('important');
  });

  it('keeps plain quotes and unknown markers as blockquotes', () => {
    expect(blockTypes(blocks.slice(5))).toEqual(['blockquote', 'blockquote']);
    const unknown = blocks[6];
    const paragraph = unknown?.type === 'blockquote' ? unknown.children[0] : undefined;
    expect(paragraph?.type === 'paragraph' && paragraph.children[0]).toEqual(text('[!FOO]\n'));
  });
});

describe('parseArticleSource on pipe tables', () => {
  const tables = parseFixture('pipe-tables.md', 'fr-fr').blocks.filter((block) => block.type === 'table');

  it('keeps alignment, segments in cells and <br> between segments of one cell', () => {
    expect(tables[0]).toEqual({
      type: 'table',
      align: ['left', 'right'],
      head: [[boldSentence('Pays', 'Country')], [boldSentence('Détails', 'Details')]],
      rows: [
        [
          [boldSentence('Arménie', 'Armenia')],
          [sentence('Numéro A', 'Number A'), { type: 'break' }, sentence('Numéro B', 'Number B')],
        ],
      ],
    });
  });

  it('pads ragged rows (leading ||, no trailing pipe) to the column count', () => {
    const ragged = tables[1];
    expect(ragged?.type === 'table' && ragged.align).toEqual([null, null, 'left']);
    const rows = ragged?.type === 'table' ? ragged.rows : [];
    expect(rows.map((row) => row.length)).toEqual([3, 3, 3]);
    expect(rows[1]?.[0]).toEqual([]);
    expect(rows[1]?.[1]).toEqual([
      { type: 'sentence', key: '* View', children: [text('*    Voir')], english: [text('*    View')] },
    ]);
    expect(rows[2]?.[1]).toEqual([{ type: 'code', value: 'Application/JSON' }]);
  });

  it('keeps an empty header row as empty cells', () => {
    const table = tables[2];
    expect(table?.type === 'table' && table.head).toEqual([[], []]);
    expect(table?.type === 'table' && table.rows).toEqual([
      [[sentence('Nom', 'Name')], [sentence('Limite', 'Limit')]],
    ]);
  });
});

describe('parseArticleSource on HTML tables', () => {
  const article = parseFixture('html-table.md', 'fr-fr');

  it('converts a plain HTML table, joining the <p> of a cell with a break', () => {
    const table = article.blocks[1];
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    expect(table.head).toEqual([[sentence('Colonne', 'Column')], [sentence('Description', 'Description')]]);
    expect(table.rows[0]?.[1]).toEqual([
      {
        type: 'sentence',
        key: 'Unique identifier.',
        children: [text('Identifiant '), { type: 'strong', children: [text('unique')] }, text('.')],
        english: [text('Unique '), { type: 'strong', children: [text('identifier')] }, text('.')],
      },
      { type: 'break' },
      {
        type: 'sentence',
        key: 'See also IDs.',
        children: [
          { type: 'emphasis', children: [text('Voir')] },
          text(' aussi '),
          { type: 'link', href: '#ids', children: [text('les ID')] },
          text('.'),
        ],
        english: [
          { type: 'emphasis', children: [text('See')] },
          text(' also '),
          { type: 'link', href: '#ids', children: [text('IDs')] },
          text('.'),
        ],
      },
    ]);
  });

  it('turns a table whose cells hold lists into the cell content, in reading order', () => {
    expect(blockTypes(article.blocks.slice(2))).toEqual(['paragraph', 'list']);
  });

  it('leaves no raw HTML in the model', () => {
    expect(JSON.stringify(article)).not.toMatch(/[<>]/);
  });
});

describe('parseArticleSource on images', () => {
  const { blocks, sentences } = parseFixture('image-directive.md', 'fr-fr');

  it('turns a :::image line into an image block with the entity-decoded alt text', () => {
    expect(blocks[1]).toEqual({
      type: 'image',
      src: 'media/widget.png',
      alt: 'Un widget "bleu" sur une table.',
    });
  });

  it('finds an indented :::image inside a list item', () => {
    const list = blocks[2];
    expect(list?.type === 'list' && list.items[0]?.[1]).toEqual({
      type: 'image',
      src: 'media/dashboard.png',
      alt: 'Le tableau de bord.',
    });
  });

  it('keeps a markdown image inside a segment as an image inline in a link', () => {
    const paragraph = blocks[3];
    const [found] = paragraph?.type === 'paragraph' ? sentencesOf(paragraph.children) : [];
    expect(found?.children).toEqual([
      {
        type: 'link',
        href: 'media/w.png#lightbox',
        children: [{ type: 'image', src: 'media/w.png', alt: 'Montre le widget.' }],
      },
    ]);
    expect(sentences.map((entry) => entry.key)).toContain('Shows the widget.');
  });
});

describe('parseArticleSource on code', () => {
  const { blocks } = parseFixture('fenced-code.md', 'fr-fr');

  it('keeps a fenced block verbatim, markup-looking text included', () => {
    expect(blocks[2]).toEqual({
      type: 'code',
      lang: 'json',
      value: '{\n  "widget": "<span data-ttu-id=\\"x\\">not markup</span>"\n}',
    });
  });

  it('keeps inline code with angle brackets inside a segment', () => {
    const paragraph = blocks[1];
    expect(paragraph?.type === 'paragraph' && sentencesOf(paragraph.children)[0]?.english).toEqual([
      text('The token in the form '),
      { type: 'code', value: 'Bearer <token>' },
      text('.'),
    ]);
  });
});

describe('parseArticleSource on files without spans', () => {
  it('reads English labels in an English file, with english = text', () => {
    const article = parseFixture('plain-english.md', 'en-us');
    expect(article.title).toBe('Widget basics');
    expect(article.appliesTo).toEqual({
      label: 'Applies to',
      values: [
        { english: 'Widget Center', text: 'Widget Center' },
        { english: 'Widget Center for Galaxy', text: 'Widget Center for Galaxy' },
      ],
    });
    expect(article.roles?.values.map((value) => value.english)).toEqual(['Maintainer', 'Inspector']);
    expect(article.sentences).toEqual([]);
    expect(blockTypes(article.blocks)).toEqual(['heading', 'paragraph']);
  });

  it('leaves a translated label it cannot recognize in the body, and drops HTML comments', () => {
    const article = parseFixture('plain-translated.md', 'de-de');
    expect(article.appliesTo).toBeNull();
    expect(article.translation).toBe('human');
    expect(blockTypes(article.blocks)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(article.blocks[0]).toEqual({
      type: 'heading',
      depth: 1,
      anchor: null,
      children: [text('Grundlagen der Widgets')],
    });
    expect(JSON.stringify(article.blocks)).not.toContain('HONumber');
  });

  it('derives a deterministic source version when there is no ms.openlocfilehash', () => {
    const first = parseFixture('plain-english.md', 'en-us').sourceVersion;
    expect(first).toMatch(/^[0-9a-f]{40}$/);
    expect(parseFixture('plain-english.md', 'en-us').sourceVersion).toBe(first);
    expect(parseFixture('plain-translated.md', 'de-de').sourceVersion).not.toBe(first);
  });
});

describe('parseArticleSource on spans inside the front matter', () => {
  const source = fixtureSource('front-matter-spans.md');
  const article = parseArticleSource(source, { slug: 'widgets', locale: 'ja-jp', file: 'f.md' });

  it('takes the translation of a span-wrapped title and description, suffix stripped', () => {
    expect(article.title).toBe('ウィジェットを管理する');
    expect(article.description).toBe('ウィジェットの管理方法');
  });

  it('does not count front matter segments as body sentences', () => {
    expect(article.sentences.map((entry) => entry.key)).toEqual([
      'Manage your widgets',
      'Widgets are useful.',
    ]);
  });

  it('hashes the sentence keys into the source version: same English, same version', () => {
    const retranslated = source.replace('ウィジェットは便利です。', '別の翻訳です。');
    const otherEnglish = source.replace('>Widgets are useful.<', '>Widgets are handy.<');
    const options = { slug: 'widgets', locale: 'ja-jp', file: 'f.md' };
    expect(parseArticleSource(retranslated, options).sourceVersion).toBe(article.sourceVersion);
    expect(parseArticleSource(otherEnglish, options).sourceVersion).not.toBe(article.sourceVersion);
  });
});

describe('parseArticleSource on a segment spanning lines', () => {
  it('keeps the link whose URL is broken before ")" and keys the sentence on one line', () => {
    const [, entry] = parseFixture('multiline-segment.md').sentences;
    expect(entry?.key).toBe('Follow the steps to buy widgets in the Widget Center (sign in required):');
    const { blocks } = parseFixture('multiline-segment.md');
    const paragraph = blocks[1];
    const [found] = paragraph?.type === 'paragraph' ? sentencesOf(paragraph.children) : [];
    const hrefs = [...(found?.children ?? []), ...(found?.english ?? [])].flatMap((inline) =>
      inline.type === 'link' ? [inline.href] : [],
    );
    expect(hrefs).toEqual([
      'https://widgets.example.com/dashboard/overview',
      'https://widgets.example.com/dashboard/overview',
    ]);
  });
});

describe('parseArticleSource on anchors', () => {
  const { blocks } = parseFixture('anchors.md', 'fr-fr');
  const headings = blocks.filter((block) => block.type === 'heading');

  it('uses the first anchor of a heading, old-style <a href="" id> included, or null', () => {
    expect(headings.map((heading) => heading.type === 'heading' && heading.anchor)).toEqual([
      'anchors',
      'refreshed-widgets',
      'creatingwidgets',
      null,
    ]);
  });

  it('keeps the text an anchor wraps inside a segment and keys on the English without the anchor', () => {
    expect(headings[1]?.type === 'heading' && headings[1].children).toEqual([
      sentence('Widgets actualisés', 'Refreshed widgets'),
    ]);
  });

  it('drops HTML comments and stand-alone anchors, keeping links and the text of unknown elements', () => {
    expect(blockTypes(blocks)).toEqual(['heading', 'heading', 'heading', 'heading', 'list']);
    const list = blocks[4];
    const paragraph = list?.type === 'list' ? list.items[0]?.[0] : undefined;
    const [found] = paragraph?.type === 'paragraph' ? sentencesOf(paragraph.children) : [];
    expect(found?.children).toEqual([
      text('Voir '),
      { type: 'link', href: 'https://example.com/w', children: [text('le site')] },
      text(' et 1.'),
    ]);
  });
});

describe('parseArticleSource on links and images', () => {
  it('keeps URLs as written, without percent-encoding them', () => {
    const source = [
      '---',
      'title: T',
      '---',
      '# T',
      '',
      '[Lien](docs/über.md?a=1&b=2) ![Bild](media/größe.png)',
      '',
    ];
    const paragraph = parseArticleSource(source.join('\n'), { slug: 's', locale: 'de-de', file: 'f.md' })
      .blocks[1];
    expect(paragraph?.type === 'paragraph' && paragraph.children).toEqual([
      { type: 'link', href: 'docs/über.md?a=1&b=2', children: [text('Lien')] },
      text(' '),
      { type: 'image', src: 'media/größe.png', alt: 'Bild' },
    ]);
  });
});

describe('isoDateOf', () => {
  it('converts MM/DD/YYYY to ISO', () => {
    expect(isoDateOf('07/10/2020')).toBe('2020-07-10');
    expect(isoDateOf('2/29/2024')).toBe('2024-02-29');
  });

  it('rejects dates that do not exist or are not in MM/DD/YYYY form', () => {
    expect(isoDateOf('02/30/2021')).toBeNull();
    expect(isoDateOf('13/01/2021')).toBeNull();
    expect(isoDateOf('2021-07-10')).toBeNull();
    expect(isoDateOf('07/10/20')).toBeNull();
  });
});
