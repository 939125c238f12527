// The indicators of a plan's report template (plan.json `template.indicators`,
// schema in template-schema.ts): lookups by plan. Runs in Node and the browser.
import type { Indicator, Template } from './template-schema.ts';

export type { Indicator, IndicatorKind } from './template-schema.ts';

/** Anything carrying a template: a Plan, or a plan's JSON as the site data holds it. */
export interface HasTemplate {
  template: Template;
}

const byTemplate = new WeakMap<Template, Map<string, Indicator>>();

function indexOf(template: Template): Map<string, Indicator> {
  let index = byTemplate.get(template);
  if (!index) {
    index = new Map(template.indicators.map((indicator) => [indicator.id, indicator]));
    byTemplate.set(template, index);
  }
  return index;
}

/** The plan's indicator columns, in template order. */
export function indicatorsOf(plan: HasTemplate): readonly Indicator[] {
  return plan.template.indicators;
}

/** The plan's indicator `id`, or undefined when its template has none. */
export function findIndicator(plan: HasTemplate, id: string): Indicator | undefined {
  return indexOf(plan.template).get(id);
}

/** The plan's indicator `id`; throws when its template has none (a checked plan never asks). */
export function indicatorOf(plan: HasTemplate, id: string): Indicator {
  const indicator = findIndicator(plan, id);
  if (!indicator) throw new Error(`unknown indicator: ${id}`);
  return indicator;
}
