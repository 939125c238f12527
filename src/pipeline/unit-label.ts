// How a problem's message names a ward or a school that it gives by code: by
// name and code, "Xã Tiền Hải (12970)", "Trường THCS Tiền Hải (33340047)";
// by the code alone when neither the plan nor the 2025 list of its province
// knows the name. In: the loaded plan. Runs in Node and the browser (the check
// page composes the same messages from its check data).
import type { LoadedPlan } from './load-plan.ts';

type Names = Pick<LoadedPlan, 'wards' | 'roster' | 'provinceWards'>;

const wardNames = new WeakMap<object, Map<string, string>>();

function wardNamesOf(loaded: Names): Map<string, string> {
  let names = wardNames.get(loaded.wards);
  if (!names) {
    names = new Map(loaded.provinceWards ?? []);
    for (const ward of loaded.wards) names.set(ward.code, ward.name);
    wardNames.set(loaded.wards, names);
  }
  return names;
}

const label = (name: string | undefined, code: string) => (name ? `${name} (${code})` : code);

/** The ward's name, or undefined when it is not known. */
export function wardName(loaded: Names, code: string): string | undefined {
  return wardNamesOf(loaded).get(code);
}

export function labelWard(loaded: Names, code: string): string {
  return label(wardNamesOf(loaded).get(code), code);
}

export function labelSchool(loaded: Names, code: string): string {
  return label(loaded.roster.get(code)?.name, code);
}
