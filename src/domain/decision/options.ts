/**
 * The wizard's questions and their options (docs/urls.md, "Wizard": each question id is a URL parameter, each
 * option one of its values). A module of its own, without the graph (./who-contacts.ts), so that the URL
 * parser (src/domain/url-input/params.ts), which every page loads, can check answers.
 */
import type { KnownCloudId } from '../applies-to-values';

export const NOT_SURE = 'not-sure';

/** The clouds offered: applies-to ids (the type checks they are known ones), plus "not sure". */
export const CLOUD_OPTIONS = [
  'partner-center',
  'us-government',
  'germany',
  NOT_SURE,
] as const satisfies readonly (KnownCloudId | typeof NOT_SURE)[];
export const TOPIC_OPTIONS = ['subscription', 'incident', 'non-csp', 'other'] as const;
export const RELATIONSHIP_OPTIONS = ['yes', 'no', NOT_SURE] as const;

export type CloudOption = (typeof CLOUD_OPTIONS)[number];
export type TopicOption = (typeof TOPIC_OPTIONS)[number];
export type RelationshipOption = (typeof RELATIONSHIP_OPTIONS)[number];

/** Each question's options; question ids double as query parameter names. */
export interface OptionsByQuestion {
  cloud: CloudOption;
  topic: TopicOption;
  relationship: RelationshipOption;
}
export type QuestionId = keyof OptionsByQuestion;
export type OptionId = OptionsByQuestion[QuestionId];

/**
 * The order questions are asked in (and written to the URL in); `relationship` only follows `non-csp`.
 *
 * Why the cloud is asked first although it never changes the verdict: what it changes is whether the
 * verdict rests on an article that claims to cover the customer at all (only the older zh-tw version lists
 * Germany). Every outcome must say that plainly, so every path needs the cloud. Asked last, it would be a
 * question after the verdict is already decided, and the graph would need one copy of it per outcome; as
 * an optional filter on the outcome, most readers would never set it and so never see the caveat. First,
 * with "Not sure" as a choice, it costs one click and the caveat is never skipped.
 */
export const QUESTION_ORDER = ['cloud', 'topic', 'relationship'] as const satisfies readonly QuestionId[];
