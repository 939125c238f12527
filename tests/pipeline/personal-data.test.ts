import { describe, it, expect } from 'vitest';
import { foldKey } from '../../src/core/fold.ts';
import { IDENTITY_COLUMNS } from '../../src/core/identity-columns.ts';
import { indicatorsOf } from '../../src/core/indicators.ts';
import { headerMatcherOf } from '../../src/pipeline/match-header.ts';
import { isPersonalHeader } from '../../src/pipeline/personal-data.ts';
import { readSeedPlan } from '../fixtures/seed-plan.ts';

const seeds = [readSeedPlan('long-bien-2025'), readSeedPlan('hung-yen-2026')];
const matcher = headerMatcherOf(seeds[0]!);
const matchHeader = (cell: string) => matcher.match(cell);

/** Strip Vietnamese marks the way a keyboard without Unikey writes them. */
const unaccented = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));

describe('finding 8.2: personal-data headers are recognised', () => {
  const HEADERS = [
    'HọTên', 'Student name', 'Tên HS', 'Hiệu trưởng', 'Người liên hệ', 'Số ĐT', 'ĐT liên hệ', 'Mobile', 'Zalo', 'Tel', 'Gmail',
    'C.C.C.D', 'Mã học sinh', 'Số BHYT', 'Số tài khoản', 'Mã số thuế cá nhân', 'Sinh ngày', 'Birthday', 'Địa chỉ', 'Dia chi',
    'Address', 'Chỗ ở', 'Giới tính', 'Dân tộc', 'Tôn giáo',
    // and the forms recognised before
    'Số CCCD', 'Số định danh cá nhân', 'Họ và tên', 'Ngày sinh', 'Số điện thoại', 'SĐT', 'Email', 'Liên hệ 0987000106 x@y.vn',
  ];
  for (const header of HEADERS) {
    it(`${header} is personal data (and so is ${unaccented(header).toUpperCase()})`, () => {
      expect(matchHeader(header)).toEqual({ kind: 'personal' });
      expect(matchHeader(unaccented(header).toUpperCase())).toEqual({ kind: 'personal' });
    });
  }
});

describe('finding 8.2: no template header is taken for personal data', () => {
  const TEMPLATE = [...new Set([...IDENTITY_COLUMNS, ...seeds.flatMap((plan) => indicatorsOf(plan))].flatMap((c) => [c.header, c.id, ...c.aliases]))];
  const OTHERS = ['STT', 'Tên trường', 'Tên đơn vị', 'Mã đơn vị', 'Mã xã', 'Ngày báo cáo', 'Ghi chú', 'Số học sinh', 'Tổng số học sinh nữ', 'Số lớp', 'Địa bàn'];
  for (const header of [...TEMPLATE, ...OTHERS]) {
    it(`${header} is not personal`, () => {
      expect(isPersonalHeader(foldKey(header))).toBe(false);
      expect(isPersonalHeader(foldKey(unaccented(header)))).toBe(false);
      for (const plan of seeds) expect(headerMatcherOf(plan).match(unaccented(header))).not.toEqual({ kind: 'personal' });
    });
  }
});
