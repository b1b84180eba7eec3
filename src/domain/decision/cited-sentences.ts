import type { SentenceKey } from '../article';

/** The article's sentences the outcomes rest on: their English originals, exactly as `sentenceKeyOf` gives. */
export const CITED_SENTENCES = {
  generalExpectation:
    'In general, we expect all communications with the customer to come from the Cloud Solution Provider partner.',
  noSubscriptionCommunications:
    'Because you own the customer billing relationship, Microsoft will not send communications directly to your customers related to their subscriptions.',
  serviceIncidents:
    'Microsoft may communicate directly with customers about service incidents or other operational information.',
  existingRelationships:
    'For customers that already have existing commercial relationships with Microsoft, Microsoft will continue to communicate directly with them about their non-CSP products and services.',
} as const satisfies Record<string, SentenceKey>;
