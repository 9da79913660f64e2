/** Read-model records to the answers' shapes, with the Chinese labels. */
import {
  OFFICIAL_KIND_LABELS,
  PROGRAMME_STATUS_LABELS,
  UNIT_KIND_LABELS,
  type LaunchedProgramme,
  type Unit,
} from '@app/supervision';
import type { DirectoryPage, DirectoryPageRequest, OfficialWithUnit } from '@app/read-models';
import type { OfficialView, ProgrammeView, UnitView } from './directory-views';

export function programmeView(programme: LaunchedProgramme): ProgrammeView {
  const { programmeId, title, year, issuedOn, plannedTaskCount, status, launchedAt, summary, closedAt } = programme;
  return {
    id: programmeId,
    title,
    year,
    issuedOn,
    plannedTaskCount,
    status,
    statusLabel: PROGRAMME_STATUS_LABELS[status],
    launchedAt,
    summary,
    closedAt,
  };
}

export function unitView(unit: Unit): UnitView {
  return {
    id: unit.unitId,
    name: unit.name,
    kind: unit.kind,
    kindLabel: UNIT_KIND_LABELS[unit.kind],
    registeredAt: unit.registeredAt,
  };
}

export function officialView(official: OfficialWithUnit): OfficialView {
  const unit = official.unitId === null ? null : { id: official.unitId, name: official.unitName };
  return {
    id: official.officialId,
    title: official.title,
    kind: official.kind,
    kindLabel: OFFICIAL_KIND_LABELS[official.kind],
    unit,
    registeredAt: official.registeredAt,
  };
}

/** The page as the board answers it: total, page, limit, pages and the items. */
export function pageView<T, V>(page: DirectoryPage<T>, request: DirectoryPageRequest, view: (item: T) => V) {
  return {
    total: page.total,
    page: request.page,
    limit: request.limit,
    pages: Math.ceil(page.total / request.limit),
    items: page.items.map(view),
  };
}
