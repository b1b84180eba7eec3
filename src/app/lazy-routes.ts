import { lazy } from 'react';

/** The wizard is not needed to read an article: its code loads only on its own route. */
export const loadWizardPage = () =>
  import('../features/wizard/components/WizardPage').then((module) => ({ default: module.WizardPage }));

export const WizardPage = lazy(loadWizardPage);
