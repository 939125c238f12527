// What the report-template pages show for a plan: the identity columns with
// their rules, then the plan's own indicator columns (plan.json `template`)
// with type, unit, the rule a value must keep, the school levels that fill it
// and every header accepted. Pure functions of the plan.
import { IDENTITY_COLUMNS } from '../core/identity-columns.ts';
import { indicatorOf, indicatorsOf, type HasTemplate } from '../core/indicators.ts';
import { levelApplies } from '../core/school-levels.ts';
import { LEVEL_DIGITS } from '../core/template-schema.ts';
import { pick, t, type Lang, type StringKey } from '../i18n/index.ts';
import { levelNames } from './plan-view.ts';

export interface TemplateColumnRow {
  /** The Vietnamese header the blank template writes. */
  header: string;
  /** The English label (shown beside the header under /en/), or null. */
  label: string | null;
  id: string;
  type: string;
  unit: string;
  rule: string;
  levels: string;
  /** Other headers accepted for the column, as the plan writes them. */
  accepted: string[];
}

const IDENTITY_TYPES: Record<string, StringKey> = {
  nam_bao_cao: 'template.type.year',
  ma_truong: 'template.type.text',
  ten_truong: 'template.type.text',
  cap_hoc: 'template.type.code',
  ma_xa: 'template.type.ward',
  ngay_bao_cao: 'template.type.date',
};

/** The identity columns every plan's template starts with. */
export function identityRows(lang: Lang): TemplateColumnRow[] {
  return IDENTITY_COLUMNS.map((c) => ({
    header: c.header,
    label: lang === 'en' ? c.labelEn : null,
    id: c.id,
    type: t(lang, IDENTITY_TYPES[c.id]!),
    unit: '',
    rule: t(lang, `template.rule.${c.id}` as StringKey),
    levels: t(lang, 'template.allLevels'),
    accepted: [],
  }));
}

/** The plan's indicator columns, in template order. */
export function indicatorRows(lang: Lang, plan: HasTemplate): TemplateColumnRow[] {
  return indicatorsOf(plan).map((i) => ({
    header: i.header,
    label: lang === 'en' ? i.labelEn : null,
    id: i.id,
    type: t(lang, `template.type.${i.kind}`),
    unit: i.unit ? pick(lang, i.unit) : '',
    rule: [
      i.denominator ? t(lang, 'template.notMoreThan', { header: indicatorOf(plan, i.denominator).header }) : '',
      i.lowerIsBetter ? t(lang, 'template.lowerIsBetter') : '',
    ]
      .filter(Boolean)
      .join('; '),
    levels: i.levels.length === LEVEL_DIGITS.length ? t(lang, 'template.allLevels') : levelNames(lang, i.levels),
    accepted: i.aliases,
  }));
}

/** The plan's indicators a school of `level` fills (its page lists these). */
export function indicatorsForLevel(plan: HasTemplate, level: string) {
  return indicatorsOf(plan).filter((i) => levelApplies(level, i.levels));
}
