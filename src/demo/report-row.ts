// The in-memory form of one report row before it is written in some file form:
// canonical values per template column, plus deliberate deviations (raw cells).
import { IDENTITY_COLUMNS } from '../core/identity-columns.ts';
import { indicatorsOf, type HasTemplate } from '../core/indicators.ts';

/**
 * A cell: a number, yes/no, null for a blank (not reported), 'NA' for not
 * applicable, or raw text written exactly as given (used for deliberate errors).
 */
export type Cell = number | boolean | null | 'NA' | { raw: string };

export interface ReportRow {
  year: number | { raw: string };
  schoolCode: string | { raw: string };
  schoolName: string;
  /** Canonical level code; the file form decides how it is written. */
  level: string;
  wardCode: string;
  /** ISO date (YYYY-MM-DD), or raw text for a deliberately bad date. */
  date: string | { raw: string };
  /** Indicator id → cell. */
  values: Record<string, Cell>;
  /** Extra (non-template) columns: header → text. */
  extra?: Record<string, string>;
}

export interface TemplateColumn {
  id: string;
  header: string;
  kind: 'identity' | 'count' | 'yesno' | 'score';
}

/** A plan's template columns in template order: identity first, then the plan's indicators. */
export function templateColumnsOf(plan: HasTemplate): TemplateColumn[] {
  return [
    ...IDENTITY_COLUMNS.map((c) => ({ id: c.id, header: c.header, kind: 'identity' as const })),
    ...indicatorsOf(plan).map((i) => ({ id: i.id, header: i.header, kind: i.kind })),
  ];
}
