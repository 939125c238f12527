// getStaticPaths helpers: every page exists once per language (Vietnamese at
// the root: lang param undefined; English: "en") and, below the home, per plan.
import { LANGS, paramOfLang, type Lang } from '../i18n/index.ts';
import { loadIndex, loadPlan } from '../site-data/load.ts';
import type { SiteData } from '../site-data/types.ts';

export interface LangProps {
  lang: Lang;
}

export interface PlanProps extends LangProps {
  planId: string;
}

export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: paramOfLang(lang) }, props: { lang } satisfies LangProps }));
}

/** One path per language × plan × each item `each` returns for the plan. */
export function planPaths<P extends Record<string, string>, X extends object = object>(
  each: (site: SiteData) => { params: P; props?: X }[] = () => [{ params: {} as P }],
) {
  return loadIndex().plans.flatMap(({ id }) => {
    const site = loadPlan(id);
    return LANGS.flatMap((lang) =>
      each(site).map((item) => ({
        params: { lang: paramOfLang(lang), plan: id, ...item.params },
        props: { lang, planId: id, ...(item.props ?? ({} as X)) },
      })),
    );
  });
}
