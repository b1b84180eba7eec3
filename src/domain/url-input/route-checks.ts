/**
 * Rules that need more than one parameter: a route's check runs on the values its rules accepted and says
 * which of them the page cannot use after all. Passed to `parseUrlInput` by the pages that need it (not
 * imported by the parser, so the decision graph stays out of pages that only read embed mode). Today only the wizard has one: an answer after an open
 * question, an answer its outcome did not need, or a `change` naming a question these answers do not ask.
 */
import { ignoredOf } from '../decision/evaluate';
import { QUESTION_ORDER } from '../decision/options';
import type { ParamName, ReadAs, UrlRoute } from './params';

export type ContextReason = 'not-reached' | 'not-needed' | 'not-on-path';

export interface RouteCheckResult {
  /** Accepted values the page leaves unused, by name. */
  unused: { param: ParamName; reason: ContextReason }[];
  /** The page asks again from the first question without a usable answer (its notice says so). */
  asksAgain: boolean;
}

export type RouteCheck = (
  params: Readonly<Partial<Record<ParamName, string>>>,
  /** The parameters already dropped because their values are not valid. */
  invalid: readonly ParamName[],
) => RouteCheckResult;

const isAnswer = (param: string) => (QUESTION_ORDER as readonly string[]).includes(param);

const wizardCheck: RouteCheck = (params, invalid) => {
  const { ignored, showsQuestion } = ignoredOf({ ...params });
  const unused = ignored.flatMap((entry) =>
    entry.reason === 'not-reached' || entry.reason === 'not-needed' || entry.reason === 'not-on-path'
      ? [{ param: entry.parameter, reason: entry.reason }]
      : [],
  );
  const answerDropped = [...invalid, ...unused.map((entry) => entry.param)].some(isAnswer);
  return { unused, asksAgain: showsQuestion && answerDropped };
};

export const ROUTE_CHECKS: Readonly<Partial<Record<UrlRoute, RouteCheck>>> = { wizard: wizardCheck };

/** A route's check, if it has one. */
export function routeCheckOf(route: ReadAs): RouteCheck | undefined {
  return route === '*' ? undefined : ROUTE_CHECKS[route];
}
