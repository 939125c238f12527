// What each page's <head> says: a description per page kind in both
// languages, built from the plan's data (finding 8.12b), and hreflang
// alternates with self and x-default, absolute when SITE_URL is set (8.12c).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '../../src/core/plan-schema.ts';
import { alternateLinks, describePage, pagePathOf, parsePagePath } from '../../src/components/page-head.ts';
import type { SiteData } from '../../src/site-data/types.ts';

const parsed = parsePlan(JSON.parse(readFileSync('tests/fixtures/e2e/data/plans/mini-2025/plan.json', 'utf8')));
if ('problems' in parsed) throw new Error(parsed.problems.join('; '));
const plan: Plan = parsed.plan;
const site = {
  plan,
  wards: [{ code: '00145', name: 'Phường Long Biên', type: 'Phường' }],
  schools: [
    { code: '01000001', name: 'Trường Tiểu học Gia Thụy', level: '1', ward: '00145', states: {} },
    { code: '01000002', name: 'Trường THCS Ngọc Lâm', level: '2', ward: '00145', states: {} },
  ],
} as unknown as SiteData;

describe('parsePagePath', () => {
  it.each([
    ['', { kind: 'home' }],
    ['tim-kiem/', { kind: 'directory' }],
    ['mau-bao-cao/', { kind: 'templates' }],
    ['mini-2025/mau-bao-cao/', { kind: 'template' }],
    ['mini-2025/', { kind: 'plan' }],
    ['mini-2025/giai-doan/1/', { kind: 'phase', id: '1' }],
    ['mini-2025/tieu-chi/ky-nang-so/', { kind: 'criterion', id: 'ky-nang-so' }],
    ['mini-2025/xa-phuong/00145/', { kind: 'ward', id: '00145' }],
    ['mini-2025/truong/A%2FB/', { kind: 'school', id: 'A/B' }],
    ['mini-2025/bao-cao/', { kind: 'reporting' }],
    ['mini-2025/du-lieu/', { kind: 'data' }],
    ['mini-2025/embed/ke-hoach/', { kind: 'embed', id: 'ke-hoach' }],
    ['mini-2025/phuong-phap/', { kind: 'method' }],
    ['mini-2025/so-ket/', { kind: 'review' }],
    ['mini-2025/tong-ket/', { kind: 'review' }],
    ['mini-2025/so-ket/in/', { kind: 'briefing' }],
    ['mini-2025/khen-thuong/', { kind: 'shortlist' }],
    ['mini-2025/trang-moi/', { kind: 'other' }],
  ])('%s', (path, expected) => expect(parsePagePath(path)).toEqual(expected));

  it.each([
    ['/en/mini-2025/embed/ke-hoach/', '/', 'mini-2025/embed/ke-hoach/'],
    ['/thi-dua-so/mini-2025/embed/ke-hoach/', '/thi-dua-so/', 'mini-2025/embed/ke-hoach/'],
    ['/thi-dua-so/en/', '/thi-dua-so/', ''],
  ])('pagePathOf(%s, %s) = %s', (pathname, base, expected) => expect(pagePathOf(pathname, base)).toBe(expected));
});

describe('finding 8.12b: every page has a meaningful description in its language', () => {
  const DEMO_VI = ' Dữ liệu minh họa, không phải số liệu chính thức.';
  const DEMO_EN = ' Illustrative demo data, not official figures.';
  it.each([
    { lang: 'vi', path: '', expected: `Tiến độ các phong trào thi đua đổi mới sáng tạo, chuyển đổi số, chuyển đổi xanh của ngành Giáo dục, 2025–2030.${DEMO_VI}` },
    { lang: 'vi', path: 'tim-kiem/', expected: `Mọi xã, phường và trường học của Phường Long Biên 2025–2030, Tỉnh X, để tìm theo tên hoặc mã.${DEMO_VI}` },
    { lang: 'en', path: 'mau-bao-cao/', expected: 'The yearly report templates of education institutions, one per plan (Long Biên ward 2025–2030, Province X): each template explained, and its blank files to download.' },
    { lang: 'vi', path: 'mini-2025/mau-bao-cao/', expected: `Mẫu báo cáo năm – Phường Long Biên 2025–2030: các cột thông tin chung và các cột chỉ số của kế hoạch, cách điền và tệp mẫu trống để tải về.${DEMO_VI}` },
    { lang: 'vi', path: 'mini-2025/giai-doan/2/', expected: `Giai đoạn 2 (2027–2030) – Phường Long Biên 2025–2030: các chỉ số của từng tiêu chí theo năm so với chỉ tiêu của giai đoạn.${DEMO_VI}` },
    { lang: 'en', path: 'mini-2025/tieu-chi/ky-nang-so/', expected: `Criterion “Managers, teachers and staff complete basic digital skills” – Long Biên ward 2025–2030: how it is computed, its targets, the trend by year and the results of each unit.${DEMO_EN}` },
    { lang: 'vi', path: 'mini-2025/xa-phuong/00145/', expected: `Phường Long Biên – Phường Long Biên 2025–2030: các chỉ số theo năm bên cạnh số liệu toàn kế hoạch và chỉ tiêu; 2 trường và tình hình báo cáo.${DEMO_VI}` },
    { lang: 'vi', path: 'mini-2025/truong/01000002/', expected: `Trường THCS Ngọc Lâm (THCS, Phường Long Biên) – Phường Long Biên 2025–2030: báo cáo theo năm, từng chỉ số so với chỉ tiêu và mọi số liệu đã báo cáo.${DEMO_VI}` },
    { lang: 'en', path: 'mini-2025/truong/01000001/', expected: `Trường Tiểu học Gia Thụy (Primary, Phường Long Biên) – Long Biên ward 2025–2030: reports by year, each measure against its target, and every figure reported.${DEMO_EN}` },
    { lang: 'en', path: 'mini-2025/bao-cao/', expected: `Reporting – Long Biên ward 2025–2030: schools that reported on time, late or not yet, by year and by commune or ward; data quality.${DEMO_EN}` },
    { lang: 'vi', path: 'mini-2025/du-lieu/', expected: `Dữ liệu – Phường Long Biên 2025–2030: tải về các bảng (CSV, Parquet, DuckDB), từ điển dữ liệu và cách tính các chỉ số.${DEMO_VI}` },
    { lang: 'vi', path: 'mini-2025/phuong-phap/', expected: `Phương pháp – Phường Long Biên 2025–2030: cách đánh giá tiến độ so với chỉ tiêu, dự báo đến cuối giai đoạn, cách chấm điểm và xếp hạng, với các tham số của kế hoạch.${DEMO_VI}` },
    { lang: 'en', path: 'mini-2025/trang-moi/', expected: `a title – Long Biên ward 2025–2030.${DEMO_EN}` },
    { lang: 'en', path: 'mini-2025/embed/ke-hoach/', expected: `Embeddable charts of the criterion “Turn the plan into the unit’s own plan for the movement and carry it out” – Long Biên ward 2025–2030.${DEMO_EN}` },
  ] as const)('$lang $path', ({ lang, path, expected }) => {
    const onPlan = path.startsWith('mini-2025/');
    const planNames = lang === 'vi' ? ['Phường Long Biên 2025–2030', 'Tỉnh X'] : ['Long Biên ward 2025–2030', 'Province X'];
    expect(describePage({ lang, path, title: 'a title', site: onPlan ? site : undefined, planNames, demo: path !== 'mau-bao-cao/' /* as if no plan were demo data */ })).toBe(expected);
  });

  it('the overview keeps its own first sentence (the plan title) and says demo data', () => {
    expect(describePage({ lang: 'en', path: 'mini-2025/', title: 'x', site, demo: true, lead: plan.title.en })).toBe(`${plan.title.en}.${DEMO_EN}`);
    expect(describePage({ lang: 'vi', path: 'mini-2025/', title: 'x', site, demo: false })).toBe(`${plan.title.vi}: tiến độ theo tiêu chí, giai đoạn, xã, phường và trường học so với chỉ tiêu của kế hoạch.`);
  });

  it('names no internal code: a unit missing from the data falls back to the page title', () => {
    expect(describePage({ lang: 'vi', path: 'mini-2025/xa-phuong/99999/', title: 'Xã Không Có', site, demo: false })).toMatch(/^Xã Không Có – .*; 0 trường/);
  });
});

describe('finding 8.12c: hreflang alternates name both languages and x-default', () => {
  it.each([
    { name: 'no SITE_URL: root-relative', path: 'mini-2025/', site: undefined, expected: ['/mini-2025/', '/en/mini-2025/', '/mini-2025/'] },
    { name: 'SITE_URL: absolute', path: 'mini-2025/bao-cao/', site: 'https://so-gddt.example.vn', expected: ['https://so-gddt.example.vn/mini-2025/bao-cao/', 'https://so-gddt.example.vn/en/mini-2025/bao-cao/', 'https://so-gddt.example.vn/mini-2025/bao-cao/'] },
    { name: 'SITE_URL with a path: its origin only', path: '', site: new URL('https://so-gddt.example.vn/ignored/'), expected: ['https://so-gddt.example.vn/', 'https://so-gddt.example.vn/en/', 'https://so-gddt.example.vn/'] },
  ])('$name', ({ path, site: siteUrl, expected }) => {
    const links = alternateLinks(path, siteUrl);
    expect(links.map((l) => l.hreflang)).toEqual(['vi', 'en', 'x-default']);
    expect(links.map((l) => l.href)).toEqual(expected);
  });
});
