import { Link } from 'react-router';
import { wizardPath } from '../../../domain/routes';
import { useStrings } from '../../../lib/i18n/use-strings';

/** The way into the "Who contacts my customer?" wizard, shown on the home and article pages. */
export function WizardTeaser() {
  const { t, lang, locale } = useStrings('app');
  return (
    <aside className="wizard-teaser" aria-labelledby="wizard-teaser-heading" lang={lang}>
      <h2 id="wizard-teaser-heading">{t('wizardTeaser.heading')}</h2>
      <p>{t('wizardTeaser.body')}</p>
      <Link className="button" to={wizardPath(locale)}>
        {t('wizardTeaser.start')}
      </Link>
    </aside>
  );
}
