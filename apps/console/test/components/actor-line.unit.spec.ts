/** How the console names who acted, in the audit lists and the conflict message. */
import { actorLine } from '../../src/labels';

describe('naming who acted', () => {
  it('given a clerk of a unit, then names the account and, in brackets, the unit', () => {
    expect(actorLine('dept-9-staff', '第九检察厅')).toBe('dept-9-staff（第九检察厅）');
  });

  it('given the office, whose account is named after its role, then names it once, not 督办办公室（督办办公室）', () => {
    expect(actorLine('督办办公室', '督办办公室')).toBe('督办办公室');
  });

  it('given nothing known of where they act from, then the name alone', () => {
    expect(actorLine('分管未成年人检察的院领导', undefined)).toBe('分管未成年人检察的院领导');
  });
});
