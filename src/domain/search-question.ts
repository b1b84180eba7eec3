/**
 * A pasted question is not a keyword query. Agents paste the customer's question whole ("Does Microsoft send
 * renewal reminders to my customers?"), and requiring every word of it to match finds nothing. This module
 * tells a question from keywords and reduces it to the concepts worth matching: question words and
 * function words are dropped (English and Chinese, Simplified and Traditional), and each remaining word
 * brings the few words the site's texts use for the same thing. Pure: no MiniSearch, no DOM.
 */

const HAN = /\p{Script=Han}/u;
const LETTER_OR_HAN = /[\p{L}]/u;

/**
 * Words that carry no concept of their own in a customer's question: question words, auxiliaries,
 * pronouns, articles and prepositions. "Microsoft", "customer" and "directly" stay: they are what the
 * article's rules are about.
 */
const ENGLISH_STOP_WORDS = new Set(
  `a an the and or but if then than so of to in on at by for from with about into as per via
  is are was were be been being am do does did doing done have has had having will would shall should can
  could may might must need needs ought get gets got
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  this that these those there here what which who whom whose when where why how whether
  any some all each every no not don't doesn't won't isn't aren't can't cannot also too very just only
  please hi hello thanks thank let know tell want like anyone someone something anything one
  if when while during happen happens happened`.split(/\s+/u),
);

/** The same in Chinese, both scripts (ICU's segmenter returns them as words of their own). */
const CHINESE_STOP_WORDS = new Set(
  `的 了 吗 嗎 呢 吧 啊 呀 么 麼 是 在 有 和 与 與 或 或者 及 以及 并 並 也 都 就 还 還 又 而 但 但是
  我 我的 我们 我們 你 你的 你们 你們 您 您的 他 她 它 他的 她的 他们 他們 她們 它们 它們 其
  这 這 那 这个 這個 那个 那個 这些 這些 那些 此 该 該 个 個 些
  谁 誰 谁会 誰會 谁来 誰來 什么 什麼 怎么 怎麼 怎样 怎樣 如何 为什么 為什麼 为何 為何 哪 哪个 哪個 哪些 多少 几 幾
  是否 会 會 会不会 會不會 能 能不能 可以 可能 可不可以 要 需要 应该 應該 该不该 該不該 是不是 有没有 有沒有
  将 將 把 被 给 給 跟 对 對 向 从 從 到 为 為 于 於 由 让 讓 请 請 问 問 一下 另外 还是 還是
  自己 自行 如果 假如 要是 发生 發生 时 時 时候 時候 的时候 的時候 期间 期間`.split(/\s+/u),
);

/**
 * Concepts a customer's question names in other words than the articles and the wizard's answers do, each
 * as its words in the site's languages: an English word of the group then finds the Chinese texts too, and
 * a Chinese one the English texts ("营销" finds the wizard's "marketing", which the Chinese topic text
 * writes as 市场营销, a word segmenters split differently). Simplified and Traditional are both listed:
 * a concept is found in the question as written, before any script conversion.
 */
const CONCEPTS: readonly (readonly string[])[] = [
  ['microsoft', '微软', '微軟'],
  ['customer', 'customers', 'client', 'clients', '客户', '客戶', '顾客', '顧客'],
  ['subscription', 'subscriptions', '订阅', '訂閱'],
  [
    ...['billing', 'bill', 'bills', 'invoice', 'invoices', 'invoicing', 'charge', 'charges', 'payment'],
    ...['账单', '帐单', '帳單', '发票', '發票', '付款', '收费', '收費', '计费', '計費', '结算', '結算'],
  ],
  [
    ...['renewal', 'renewals', 'renew', 'reminder', 'reminders', 'expire', 'expiry', 'expiration'],
    ...['续订', '續訂', '续约', '續約', '续费', '續費', '到期', '过期', '過期'],
  ],
  ['price', 'prices', 'pricing', '价格', '價格', '价钱', '價錢', '涨价', '漲價', '调价', '調價'],
  [
    ...['incident', 'incidents', 'outage', 'outages', 'downtime', 'maintenance', 'disruption'],
    ...[
      '故障',
      '中断',
      '中斷',
      '停机',
      '停機',
      '宕机',
      '当机',
      '當機',
      '维护',
      '維護',
      '维修',
      '維修',
      '事故',
    ],
  ],
  ['security', '安全'],
  [
    ...['marketing', 'promotion', 'promotions', 'promotional', 'newsletter', 'newsletters', 'advertising'],
    ...['营销', '營銷', '行销', '行銷', '推广', '推廣', '促销', '促銷', '广告', '廣告'],
  ],
  ['training', 'webinar', 'webinars', 'course', 'courses', '培训', '培訓', '训练', '訓練', '课程', '課程'],
  ['event', 'events', 'invitation', 'invitations', 'invite', 'invites', '活动', '活動', '邀请', '邀請'],
  ['license', 'licenses', 'licence', 'licences', 'licensing', '授权', '授權', '许可证', '許可證'],
  ['buy', 'buys', 'bought', 'purchase', 'purchased', 'purchases', '购买', '購買', '采购', '採購'],
];

const conceptOf = new Map<string, readonly string[]>(
  CONCEPTS.flatMap((words) => words.map((word) => [word, words] as const)),
);

/** The Chinese words of the concepts, longest first (终端客户 before 客户). */
const HAN_CONCEPT_WORDS = [...conceptOf.keys()]
  .filter((word) => HAN.test(word))
  .sort((a, b) => b.length - a.length);

/** How a query is searched. */
export interface QueryPlan {
  /** A question (or many words) rather than keywords: ranked on any of its concepts, not all of them. */
  question: boolean;
  /** The concepts worth matching, each as the words that express it. */
  concepts: string[][];
}

/** Keywords are what agents type: up to three words, no question mark. More is a question pasted whole. */
const MAX_KEYWORDS = 3;

const isStopWord = (word: string): boolean =>
  HAN.test(word) ? CHINESE_STOP_WORDS.has(word) : ENGLISH_STOP_WORDS.has(word);

/**
 * An English word without its inflection ("contacts", "contacted" → "contact"), searched as a prefix, so
 * that it finds "contacting" too. Deliberately crude: a stem that is no word still prefixes the right ones.
 */
function stemOf(word: string): string {
  if (HAN.test(word)) return word;
  const stem = word.replace(/(?:ing|ed|es|s)$/u, '');
  return stem.length >= 4 ? stem : word;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** The words of a text (punctuation and spaces dropped), as ICU segments them for the language. */
export function wordsOf(text: string, language: string): string[] {
  return [...segmenterFor(language).segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
}

/** Queries are segmented like Chinese text: ICU then splits Han runs and Latin words alike. */
export const queryWordsOf = (query: string): string[] => wordsOf(query, HAN.test(query) ? 'zh' : 'en');

/**
 * Whether a query is a question, and the concepts it asks about. A Chinese concept is looked for in the
 * text itself, since segmenters differ (开发票 comes out as 开发/票, and not the same in every browser);
 * the words it covers are not searched again. Otherwise each word the index's segmenter finds is one,
 * unless it is a function word, a letter or a Chinese character alone, or no word at all.
 */
export function planQuery(query: string): QueryPlan {
  const lower = query.toLocaleLowerCase('en-US');
  const segments = [...segmenterFor(HAN.test(query) ? 'zh' : 'en').segment(lower)].filter(
    (segment) => segment.isWordLike,
  );
  const question = /[?？]/u.test(query) || segments.length > MAX_KEYWORDS;
  const concepts: string[][] = [];
  const seen = new Set<readonly string[]>();
  const add = (word: string) => {
    const group = conceptOf.get(word);
    if (group === undefined) concepts.push([word]);
    else if (!seen.has(group)) {
      seen.add(group);
      concepts.push([word, ...group.filter((other) => other !== word)]);
    }
  };
  const covered = new Array<boolean>(lower.length).fill(false);
  for (const word of HAN_CONCEPT_WORDS) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      if (covered[at]) continue;
      covered.fill(true, at, at + word.length);
      add(word);
    }
  }
  for (const { segment: word, index } of segments) {
    if (covered.slice(index, index + word.length).some(Boolean)) continue;
    if (conceptOf.has(word)) add(word);
    else if (LETTER_OR_HAN.test(word) && !isStopWord(word) && word.length >= 2) add(stemOf(word));
  }
  return { question, concepts };
}
