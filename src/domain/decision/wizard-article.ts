/** The article every outcome of "Who contacts my customer?" quotes. */
export const WIZARD_ARTICLE_SLUG = 'customer-communication-from-microsoft';
