import type { LocaleId } from '../../domain/article';
import { htmlLangOf } from '../../domain/locales';
import type { LocaleNavigation, NavNode } from '../../domain/navigation';
import { articlePath } from '../../domain/routes';
import { useStrings } from '../../lib/i18n/use-strings';
import { Link } from 'react-router';

/**
 * A locale's home page navigation: its landing page's link lists, then its table of contents, with
 * Microsoft's names in their language. Each top-level section is a disclosure (`<details>`): the whole
 * table, 330 entries in the real corpus, stays one short page that find-in-page still searches.
 */
export function SiteNavigation({ navigation }: { navigation: LocaleNavigation }) {
  const { t, lang } = useStrings('routes');
  const { landing, tree } = navigation;
  const textLang = htmlLangOf(navigation.lang);
  // Read once here, not in each of the hundreds of entries (every useStrings copies i18next's instance).
  const place: Place = { locale: navigation.locale, learn: { text: t('navigation.learn'), lang } };
  return (
    <>
      {landing && landing.sections.length > 0 && (
        <section className="landing" aria-labelledby="landing-heading" lang={textLang}>
          <h2 id="landing-heading">{landing.title}</h2>
          {landing.summary && <p>{landing.summary}</p>}
          <div className="landing-cards">
            {landing.sections.map((section) => (
              <section key={section.title} className="landing-card">
                <h3>{section.title}</h3>
                <ul>
                  {section.links.map((link, index) => (
                    <li key={index}>
                      <Entry node={link} place={place} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </section>
      )}
      {tree.length > 0 && (
        <nav className="toc" aria-labelledby="toc-heading">
          <h2 id="toc-heading" lang={lang}>
            {t('navigation.contents')}
          </h2>
          <ul className="toc-tree" lang={textLang}>
            {tree.map((node, index) => (
              <TopLevel key={index} node={node} place={place} />
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}

function TopLevel({ node, place }: { node: NavNode; place: Place }) {
  if (node.items.length === 0) {
    return (
      <li className="toc-link">
        <Entry node={node} place={place} />
      </li>
    );
  }
  // A section's own page comes first among its entries: a link inside <summary> would be a control
  // inside a control.
  return (
    <li className="toc-section">
      <details>
        <summary lang={langOf(node)}>{node.name}</summary>
        <Items node={node} place={place} />
      </details>
    </li>
  );
}

function Items({ node, place }: { node: NavNode; place: Place }) {
  return (
    <ul>
      {node.target.kind !== 'none' && (
        <li>
          <Entry node={node} place={place} />
        </li>
      )}
      {node.items.map((item, index) => (
        <li key={index}>
          {item.items.length === 0 ? (
            <Entry node={item} place={place} />
          ) : (
            <>
              <span className="toc-heading" lang={langOf(item)}>
                {item.name}
              </span>
              <Items node={item} place={place} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** What every entry needs: the locale its links go to, and the words that mark a link to Microsoft Learn. */
interface Place {
  locale: LocaleId;
  learn: { text: string; lang: string };
}

const langOf = (node: NavNode) => (node.lang ? htmlLangOf(node.lang) : undefined);

/** An article of this site, a page on Microsoft Learn, or (a file the content lacks) the name alone. */
function Entry({ node, place }: { node: NavNode; place: Place }) {
  const { target } = node;
  const { locale, learn } = place;
  if (target.kind === 'article') {
    return (
      <Link to={articlePath(locale, target.slug)} lang={langOf(node)}>
        {node.name}
      </Link>
    );
  }
  if (target.kind === 'external') {
    return (
      <a href={target.url} lang={langOf(node)} className="external">
        {node.name}
        <span className="visually-hidden" lang={learn.lang}>
          {` (${learn.text})`}
        </span>
      </a>
    );
  }
  return <span lang={langOf(node)}>{node.name}</span>;
}
