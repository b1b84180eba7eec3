export declare const LOCALE_ID_PATTERN: RegExp;
