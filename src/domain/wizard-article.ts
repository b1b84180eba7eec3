/** The article every outcome of the "Who contacts my customer?" wizard cites. */
export const WIZARD_ARTICLE_SLUG = 'customer-communication-from-microsoft';
