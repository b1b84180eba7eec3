export declare const LOCALE_ID_PATTERN: RegExp;
export declare const DEFAULT_LOCALE: 'en-us';
export declare const ARTICLES_SEGMENT: 'articles';
