// The pasted questions the search must answer, shared by the whole index's tests and the sharded one's.
import type { CITED_SENTENCES } from '../../../src/domain/decision/cited-sentences';
import type { OutcomeId } from '../../../src/domain/decision/who-contacts';

export type Cited = keyof typeof CITED_SENTENCES;

/** [page locale, question, the outcome that must lead, the sentence it rests on]. */
export const QUESTIONS: [string, string, OutcomeId, Cited][] = [
  // The three examples.
  [
    'en-us',
    'Does Microsoft send renewal reminders to my customers?',
    'partner-contacts',
    'noSubscriptionCommunications',
  ],
  ['zh-cn', '维护期间微软会直接通知我的客户吗？', 'microsoft-may-contact-incident', 'serviceIncidents'],
  [
    'zh-tw',
    '客戶另外向 Microsoft 直接購買的產品，誰會跟他們聯絡？',
    'microsoft-contacts-non-csp',
    'existingRelationships',
  ],
  // Other wordings, in each language.
  [
    'en-us',
    'Will Microsoft email my client about an outage?',
    'microsoft-may-contact-incident',
    'serviceIncidents',
  ],
  ['en-us', 'Who sends the invoice to the customer?', 'partner-contacts', 'noSubscriptionCommunications'],
  [
    'en-us',
    'Who tells the customer about a price increase?',
    'partner-contacts',
    'noSubscriptionCommunications',
  ],
  [
    'en-us',
    'Can Microsoft invite my customers to a training event?',
    'general-partner',
    'generalExpectation',
  ],
  [
    'en-us',
    'Who will notify customers of planned maintenance',
    'microsoft-may-contact-incident',
    'serviceIncidents',
  ],
  [
    'en-us',
    'Does Microsoft contact customers about their subscriptions',
    'partner-contacts',
    'noSubscriptionCommunications',
  ],
  [
    'en-us',
    'Is Microsoft allowed to send marketing newsletters to my customers?',
    'general-partner',
    'generalExpectation',
  ],
  ['zh-cn', '谁负责给客户开发票？', 'partner-contacts', 'noSubscriptionCommunications'],
  ['zh-cn', '客户的订阅快到期了，微软会提醒他们续订吗？', 'partner-contacts', 'noSubscriptionCommunications'],
  ['zh-cn', '如果发生服务中断，微软会联系我的客户吗', 'microsoft-may-contact-incident', 'serviceIncidents'],
  ['zh-cn', '微软会给我的客户发营销邮件吗？', 'general-partner', 'generalExpectation'],
  ['zh-cn', '安全事件发生时谁通知客户？', 'microsoft-may-contact-incident', 'serviceIncidents'],
  ['zh-tw', '微軟會不會直接聯絡我的客戶談價格調整？', 'partner-contacts', 'noSubscriptionCommunications'],
  ['zh-tw', '服務中斷時，微軟會直接通知客戶嗎？', 'microsoft-may-contact-incident', 'serviceIncidents'],
  ['zh-tw', '誰負責寄發帳單給客戶？', 'partner-contacts', 'noSubscriptionCommunications'],
  ['zh-tw', '客戶的訂閱續約通知是誰寄的？', 'partner-contacts', 'noSubscriptionCommunications'],
  ['zh-tw', '微軟會邀請我的客戶參加訓練課程嗎？', 'general-partner', 'generalExpectation'],
  // A question in another language than the page's.
  ['en-us', '维护期间微软会直接通知我的客户吗？', 'microsoft-may-contact-incident', 'serviceIncidents'],
  [
    'zh-cn',
    'Does Microsoft send renewal reminders to my customers?',
    'partner-contacts',
    'noSubscriptionCommunications',
  ],
  [
    'zh-tw',
    'Will Microsoft email my client about an outage?',
    'microsoft-may-contact-incident',
    'serviceIncidents',
  ],
];
