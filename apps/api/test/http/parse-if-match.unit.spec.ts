/** If-Match names the revision a client decided on: as a command's ETag gives it ("3") or the task detail's ("3.9f86d081"). */
import { BadRequestException } from '@nestjs/common';
import { parseIfMatch } from '../../src/http/command-meta.decorator';
import { taskDetailEtag } from '../../src/task-queries/task-detail-etag';

describe('If-Match', () => {
  it('reads the revision of a command’s ETag and of a task detail’s', () => {
    expect(parseIfMatch('"3"')).toBe(3n);
    expect(parseIfMatch(taskDetailEtag(3, ['IssueUrgeNotice']))).toBe(3n);
    expect(parseIfMatch(undefined)).toBeUndefined();
  });

  it('refuses what no answer of this API gave', () => {
    for (const bad of ['"3.xyz"', '"3.9f86d081.1"', 'abc', '"3.9F86D08"'])
      expect(() => parseIfMatch(bad)).toThrow(BadRequestException);
  });
});

describe('the task detail’s ETag', () => {
  it('changes with the commands offered, not only with the revision', () => {
    expect(taskDetailEtag(3, ['IssueUrgeNotice'])).not.toBe(taskDetailEtag(3, []));
    expect(taskDetailEtag(3, ['IssueUrgeNotice'])).not.toBe(taskDetailEtag(4, ['IssueUrgeNotice']));
    expect(taskDetailEtag(3, ['IssueUrgeNotice'])).toBe(taskDetailEtag(3, ['IssueUrgeNotice']));
  });
});
