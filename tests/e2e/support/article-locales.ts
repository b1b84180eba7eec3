/** The article every locale has, and what a reader of each version sees (its text, as Microsoft published it). */
export const ARTICLE = '/articles/customer-communication-from-microsoft';

/** Each locale's version: its `lang`, title, H1, a body sentence and its date line. */
export const ARTICLE_LOCALES = [
  {
    id: 'en-us',
    lang: 'en-US',
    title: 'Guidelines for successful customer communication with Microsoft',
    heading: 'Guidelines for successful customer communication with Microsoft',
    sentence:
      'Microsoft may communicate directly with customers about service incidents or other operational information.',
    date: 'July 10, 2020',
  },
  {
    id: 'zh-cn',
    lang: 'zh-CN',
    title: '来自 Microsoft 的客户通讯',
    heading: '客户与 Microsoft 成功通信的准则',
    sentence: 'Microsoft 可能会就有关服务事件或其他操作信息与客户直接通讯。',
    date: '2020年7月10日',
  },
  {
    id: 'zh-tw',
    lang: 'zh-TW',
    title: 'Microsoft 的客戶通訊',
    heading: 'Microsoft 的客戶通訊',
    sentence: 'Microsoft 可能會直接與客戶交流有關服務事件或其他操作資訊。',
    date: '此版本未註明日期',
  },
] as const;
