// The Reporting page's problem filter: enables its form (drawn in place but
// disabled, so nothing moves; hidden by CSS without JavaScript), then shows only the
// problems of the chosen ward (its section) and school (the items about it),
// and says how many are shown. It follows the page's own ward filter too
// (form[data-filters] select[name=ward], and ?ward= on load). Without
// JavaScript, the list of wards links to each ward's section instead.
const form = document.querySelector<HTMLFormElement>('form[data-problem-filter]');
if (form) start(form);

function start(form: HTMLFormElement): void {
  const ward = form.querySelector<HTMLSelectElement>('select[name=ward]')!;
  const school = form.querySelector<HTMLSelectElement>('select[name=school]')!;
  const status = form.querySelector<HTMLElement>('[data-problem-filter-status]')!;
  const sections = [...document.querySelectorAll<HTMLElement>('section[data-ward]')];
  const has = (select: HTMLSelectElement, value: string) => [...select.options].some((o) => o.value === value);

  const apply = () => {
    // Only the chosen ward's schools can be chosen.
    for (const option of school.options) option.hidden = option.value !== '' && ward.value !== '' && option.dataset.ward !== ward.value;
    if (school.selectedOptions[0]?.hidden) school.value = '';
    let shown = 0;
    for (const section of sections) {
      const inWard = ward.value === '' || section.dataset.ward === ward.value;
      let any = false;
      for (const item of section.querySelectorAll<HTMLElement>('ol > li')) {
        const about = item.dataset.schools?.split(' ') ?? [];
        const ok = inWard && (school.value === '' || about.includes(school.value));
        item.hidden = !ok;
        if (ok) any = true;
        if (ok && item.dataset.code) shown++;
      }
      section.hidden = !any;
    }
    status.textContent = (form.dataset.shown ?? '{count}').replace('{count}', new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN').format(shown));
    form.dataset.shownCount = String(shown);
  };

  const initial = new URLSearchParams(location.search).get('ward') ?? '';
  if (has(ward, initial)) ward.value = initial;
  ward.addEventListener('change', apply);
  school.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  // The page's ward filter (src/components/Filters.astro) filters the problems as well.
  document.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLSelectElement) || target.name !== 'ward' || !target.closest('form[data-filters]')) return;
    ward.value = has(ward, target.value) ? target.value : '';
    apply();
  });
  form.querySelector('fieldset')!.disabled = false;
  apply();
}
