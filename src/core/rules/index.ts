// The judgement layer (issue 6, shared/method/judgement.md): every rule the
// site applies to say where a school, a ward or the plan stands — report
// states, figure states, the target that applies, status, projection,
// composite score and rank. Pure and isomorphic: no Node import, so the
// ingest, the site build and the browser call the same functions.
export * from './calendar.ts';
export * from './report-state.ts';
export * from './figure-state.ts';
export * from './targets.ts';
export * from './projection.ts';
export * from './status.ts';
export * from './judged-value.ts';
export * from './judge-measure.ts';
export * from './score.ts';
export * from './rank.ts';
export * from './unit-score.ts';
