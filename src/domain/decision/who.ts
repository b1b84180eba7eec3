/**
 * Who the article says contacts the customer, as an outcome names it: the partner, Microsoft, it depends on
 * the customer, or `general`: the article states no rule for the case, only its general expectation (the
 * partner). One list, read by the decision graph, the embed protocol's validation and (through a type test)
 * the host script's published types; in a module of its own so that the host script does not bring the graph.
 */
export const WHO = ['partner', 'microsoft', 'depends', 'general'] as const;
export type Who = (typeof WHO)[number];

export function isWho(value: unknown): value is Who {
  return typeof value === 'string' && (WHO as readonly string[]).includes(value);
}
