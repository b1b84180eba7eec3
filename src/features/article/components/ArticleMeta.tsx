import type { TFunction } from 'i18next';
import type { Article, LabelledList } from '../../../domain/article';

/** Applies-to, roles, last-reviewed date and how the text was translated. */
export function ArticleMeta({
  article,
  t,
  uiLang,
}: {
  article: Article;
  t: TFunction<'article'>;
  uiLang: string;
}) {
  return (
    <dl className="article-meta">
      <ListedValues list={article.appliesTo} />
      <ListedValues list={article.roles} />
      <div>
        <dt lang={uiLang}>{t('lastReviewed')}</dt>
        <dd>
          {article.date ? (
            <time dateTime={article.date}>{article.dateText}</time>
          ) : (
            <span lang={uiLang}>{t('noDate')}</span>
          )}
        </dd>
      </div>
      <div>
        <dt lang={uiLang}>{t('translation.label')}</dt>
        <dd lang={uiLang}>
          <span className={`badge badge-${article.translation}`}>
            {t(`translation.${article.translation}`)}
          </span>
        </dd>
      </div>
    </dl>
  );
}

function ListedValues({ list }: { list: LabelledList | null }) {
  if (!list || list.values.length === 0) return null;
  return (
    <div>
      <dt>{list.label}</dt>
      <dd>
        <ul className="badges">
          {list.values.map((value) => (
            <li key={value.english} className="badge">
              {value.text}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
