import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DEFAULT_PAGE_SIZE, IsPageLimit, MAX_PAGE_SIZE, parsePageLimit } from '../../../src/http/validation/page-limit';

class BoardQuery {
  @IsPageLimit()
  limit?: number;
}

const problemsWith = (limit: unknown) => validateSync(plainToInstance(BoardQuery, { limit })).map((e) => e.property);

describe('the page size rule', () => {
  it('takes the default when no limit is asked', () => {
    expect(parsePageLimit(undefined)).toBe(DEFAULT_PAGE_SIZE);
    expect(problemsWith(undefined)).toEqual([]);
  });

  it('takes a limit within the cap', () => {
    expect(parsePageLimit('1')).toBe(1);
    expect(parsePageLimit(String(MAX_PAGE_SIZE))).toBe(MAX_PAGE_SIZE);
    expect(problemsWith('20')).toEqual([]);
    expect(plainToInstance(BoardQuery, { limit: '20' }).limit).toBe(20);
  });

  it.each(['0', String(MAX_PAGE_SIZE + 1), '1000000000', '-5', '2.5', 'abc', '1e3', ' 10'])(
    'refuses the limit %j, naming the field',
    (limit) => {
      expect(() => parsePageLimit(limit)).toThrow(BadRequestException);
      expect(problemsWith(limit)).toEqual(['limit']);
    },
  );
});
