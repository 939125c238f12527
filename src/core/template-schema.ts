// The report template a plan defines (plan.json `template`): its indicator
// columns, each with its header and the spellings accepted, English label,
// kind, unit, denominator, direction and school levels. The identity columns
// are fixed (identity-columns.ts). Imported by plan-schema.ts; runs in Node
// and the browser.
import { z } from 'zod';
import { IDENTITY_COLUMNS, NUMBERING_HEADERS, headerKeysOf } from './identity-columns.ts';

/** Every school-level digit: 1 primary, 2 lower secondary, 3 upper secondary, 4 nursery, 5 kindergarten, 6 continuing education. */
export const LEVEL_DIGITS = ['1', '2', '3', '4', '5', '6'] as const;

/** School-level digits a column or measure applies to; at least one. */
export const levelsSchema = z.array(z.enum(LEVEL_DIGITS)).min(1, { message: 'name at least one school level (1–6)' });

// Storage and header matching reserve these names: the reports table's own
// columns and the identity columns' ids.
const RESERVED_IDS = new Set(['year', 'school_code', 'ward_code', 'level_code', ...IDENTITY_COLUMNS.map((c) => c.id)]);

export const indicatorSchema = z.object({
  /** Column id, e.g. "so_hoc_sinh": lower-case letters and digits joined by single "_"; also its storage column. */
  id: z
    .string()
    .max(60)
    .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, { message: 'an id is lower-case letters and digits joined by single "_", e.g. "so_hoc_sinh"' }),
  /** The Vietnamese header, as the blank template writes it. */
  header: z.string().trim().min(1),
  /** Other headers accepted for the column, compared without marks, case or punctuation. Default none. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Short English label. */
  labelEn: z.string().trim().min(1),
  /** count: a whole number ≥ 0; yesno: có/không; score: 0–100. */
  kind: z.enum(['count', 'yesno', 'score']),
  /** What a count counts, or a score's unit, e.g. {"vi": "người", "en": "people"}. Default none (yes/no). */
  unit: z.object({ vi: z.string().min(1), en: z.string().min(1) }).optional(),
  /** For a count: the count of this template it may not exceed (a row breaking it is rejected). Default none. */
  denominator: z.string().optional(),
  /** True where a smaller number is the better result. Default false. */
  lowerIsBetter: z.boolean().default(false),
  /** School levels that fill the column. Default all: ["1","2","3","4","5","6"]. */
  levels: levelsSchema.default([...LEVEL_DIGITS]),
});

export const templateSchema = z
  .object({
    /** The indicator columns, in the order the blank template lists them after the identity columns. */
    indicators: z.array(indicatorSchema).min(1).max(200),
  })
  .superRefine((template, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path: ['indicators', ...path], message });
    const firstById = new Map<string, number>();
    template.indicators.forEach((indicator, i) => {
      const first = firstById.get(indicator.id);
      if (first !== undefined) issue([i, 'id'], `"${indicator.id}" is defined twice (also indicators.${first})`);
      else firstById.set(indicator.id, i);
      if (RESERVED_IDS.has(indicator.id)) issue([i, 'id'], `"${indicator.id}" is reserved (an identity column or a storage column)`);
    });
    template.indicators.forEach((indicator, i) => {
      if (indicator.denominator === undefined) return;
      const whole = template.indicators[firstById.get(indicator.denominator) ?? -1];
      if (indicator.kind !== 'count') issue([i, 'denominator'], `only a count has a denominator; "${indicator.id}" is a ${indicator.kind}`);
      else if (!whole) issue([i, 'denominator'], `unknown indicator "${indicator.denominator}": not in template.indicators`);
      else if (whole.id === indicator.id) issue([i, 'denominator'], 'a count cannot be its own denominator');
      else if (whole.kind !== 'count') issue([i, 'denominator'], `"${whole.id}" is a ${whole.kind}; a denominator is a count`);
    });
    // Every header a file may use must mean one column only.
    const owner = new Map<string, string>();
    for (const column of IDENTITY_COLUMNS) for (const key of headerKeysOf(column)) owner.set(key, `the identity column ${column.id}`);
    for (const key of NUMBERING_HEADERS) owner.set(key, 'the numbering column STT');
    template.indicators.forEach((indicator, i) => {
      const names = [indicator.header, indicator.id, ...indicator.aliases];
      headerKeysOf(indicator).forEach((key, k) => {
        const path = k === 0 ? [i, 'header'] : k === 1 ? [i, 'id'] : [i, 'aliases', k - 2];
        const other = owner.get(key);
        if (key === '') issue(path, `"${names[k]}" has no letter or digit to match a header on`);
        else if (other !== undefined && other !== `indicator ${indicator.id}`) issue(path, `"${names[k]}" is already a header of ${other}`);
        else owner.set(key, `indicator ${indicator.id}`);
      });
    });
  });

export type Template = z.infer<typeof templateSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorKind = Indicator['kind'];
