/** Who answers for a task (lead leader, lead unit, co-units), checked against the directory at issue and on reassignment. */
import { canLeadTasks, findOfficial, findUnit, type DirectoryState } from '../directory/directory.state';
import { unknownUnits } from '../directory/directory.errors';
import { RuleBroken } from '../kernel/domain-errors';

export interface Responsibility {
  readonly leadLeaderId: string;
  readonly leadUnitId: string;
  readonly coUnitIds: readonly string[];
}

export function checkResponsibility(
  directory: DirectoryState,
  { leadLeaderId, leadUnitId, coUnitIds }: Responsibility,
): void {
  const duplicates = coUnitIds.filter((unitId, index) => coUnitIds.indexOf(unitId) !== index);
  if (duplicates.length > 0)
    throw new RuleBroken('CO_UNITS_NOT_DISTINCT', `a co-unit is named twice: ${duplicates.join(', ')}`, { duplicates });
  if (coUnitIds.includes(leadUnitId))
    throw new RuleBroken('LEAD_UNIT_ALSO_CO_UNIT', `the lead unit ${leadUnitId} cannot also be a co-unit`, {
      leadUnitId,
    });
  const unknown = [leadUnitId, ...coUnitIds].filter((unitId) => !findUnit(directory, unitId));
  if (unknown.length > 0) throw unknownUnits(unknown);
  const leader = findOfficial(directory, leadLeaderId);
  if (!leader)
    throw new RuleBroken('UNKNOWN_LEADER', `official ${leadLeaderId} is not registered in the directory`, {
      leadLeaderId,
    });
  if (!canLeadTasks(leader)) {
    throw new RuleBroken(
      'NOT_A_LEADER',
      `official ${leadLeaderId} (${leader.title}) is neither a leader nor a committee member`,
      { leadLeaderId, kind: leader.kind },
    );
  }
}
