/**
 * The directory reads: programmes, units and officials, the ids a client needs to fill a form (a
 * task names its programme, lead leader, lead unit and co-units). Any role may read, as the board.
 */
import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ANY_ROLE } from '../auth/parties';
import { ApiRoute } from '../http/api-route';
import { IdParam } from '../http/id-param';
import {
  OFFICIAL_EXAMPLE,
  OFFICIAL_PAGE_EXAMPLE,
  PROGRAMME_EXAMPLE,
  PROGRAMME_NOT_FOUND_EXAMPLE,
  PROGRAMME_PAGE_EXAMPLE,
  UNIT_EXAMPLE,
  UNIT_PAGE_EXAMPLE,
} from './directory-examples';
import { ListOfficialsParams, ListProgrammesParams, ListUnitsParams } from './directory-query.params';
import {
  OfficialPageView,
  OfficialView,
  ProgrammePageView,
  ProgrammeView,
  UnitPageView,
  UnitView,
} from './directory-views';
import { GetOfficialQuery } from './get-official.query';
import { GetUnitQuery } from './get-unit.query';
import { GetProgrammeQuery } from './get-programme.query';
import { ListOfficialsQuery } from './list-officials.query';
import { ListProgrammesQuery } from './list-programmes.query';
import { ListUnitsQuery } from './list-units.query';

const PAGED =
  'Paged like the board: `page` from 1, `limit` 1 to 200 (default 50); the answer carries `total`, `page`, `limit` and `pages`. A bad or unknown parameter is a 400 that names it.';

@ApiTags('directory')
@Controller('api')
export class DirectoryQueriesController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('programmes')
  @ApiRoute({
    summary: 'The programmes (督办批次), newest year first',
    description: `Every launched programme with its title, year, meeting date, planned task count and status (督办中 / 已结束), from the organisation read model. Filter by \`year\` and \`status\`. ${PAGED} The demo has \`spp-current\` (this year's, dated around the day the ledger was first seeded) and \`spp-2022\` (history).`,
    parties: ANY_ROLE,
    readModels: ['organisation'],
    ok: { type: ProgrammePageView, description: 'a page of programmes', example: PROGRAMME_PAGE_EXAMPLE },
  })
  programmes(@Query() params: ListProgrammesParams): Promise<ProgrammePageView> {
    return this.queryBus.execute(new ListProgrammesQuery(params.toFilter(), params.toPage()));
  }

  @Get('programmes/:programmeId')
  @ApiRoute({
    summary: 'One programme (督办批次)',
    description:
      'The programme as the organisation read model knows it; its tasks are on the board (`GET /api/tasks?programme={id}`) and its figures on `GET /api/dashboards/programmes/{id}`. A malformed id is a 400 (BAD_ID), an unknown one a 404 (PROGRAMME_NOT_FOUND).',
    parties: ANY_ROLE,
    readModels: ['organisation'],
    ok: { type: ProgrammeView, description: 'the programme', example: PROGRAMME_EXAMPLE },
    answers: { 404: 'no such programme (PROGRAMME_NOT_FOUND)' },
    answerExamples: { 404: PROGRAMME_NOT_FOUND_EXAMPLE },
  })
  programme(@IdParam('programmeId') programmeId: string): Promise<ProgrammeView> {
    return this.queryBus.execute(new GetProgrammeQuery(programmeId));
  }

  @Get('units')
  @ApiRoute({
    summary: 'The units (内设机构, procuratorates, institutions), by id',
    description: `The ids to send as a task's \`leadUnitId\` and \`coUnitIds\`, with their names and kinds. Filter by \`kind\`, search with \`q\` (in the name or id, Chinese included, taken literally). ${PAGED}`,
    parties: ANY_ROLE,
    readModels: ['organisation'],
    ok: { type: UnitPageView, description: 'a page of units', example: UNIT_PAGE_EXAMPLE },
  })
  units(@Query() params: ListUnitsParams): Promise<UnitPageView> {
    return this.queryBus.execute(new ListUnitsQuery(params.toFilter(), params.toPage()));
  }

  @Get('units/:unitId')
  @ApiRoute({
    summary: 'One unit, by id',
    description:
      'The unit as the organisation read model knows it (where `POST /api/units` points with Location). A malformed id is a 400 (BAD_ID), an unknown one a 404 (UNIT_NOT_FOUND).',
    parties: ANY_ROLE,
    readModels: ['organisation'],
    ok: { type: UnitView, description: 'the unit', example: UNIT_EXAMPLE },
    answers: { 404: 'no such unit (UNIT_NOT_FOUND)' },
  })
  unit(@IdParam('unitId') unitId: string): Promise<UnitView> {
    return this.queryBus.execute(new GetUnitQuery(unitId));
  }

  @Get('officials')
  @ApiRoute({
    summary: 'The officials, by title, with their unit, by id',
    description: `The ids to send as a task's \`leadLeaderId\` (kinds \`leader\` and \`committee_member\` may lead tasks). Filter by \`unit\` and \`kind\`, search with \`q\` (in the title or id, Chinese included, taken literally). ${PAGED}`,
    parties: ANY_ROLE,
    readModels: ['organisation'],
    ok: { type: OfficialPageView, description: 'a page of officials', example: OFFICIAL_PAGE_EXAMPLE },
  })
  officials(@Query() params: ListOfficialsParams): Promise<OfficialPageView> {
    return this.queryBus.execute(new ListOfficialsQuery(params.toFilter(), params.toPage()));
  }

  @Get('officials/:officialId')
  @ApiRoute({
    summary: 'One official, by id, with their unit',
    description:
      'The official as the organisation read model knows them (where `POST /api/officials` points with Location). A malformed id is a 400 (BAD_ID), an unknown one a 404 (OFFICIAL_NOT_FOUND).',
    parties: ANY_ROLE,
    readModels: ['organisation'],
    ok: { type: OfficialView, description: 'the official', example: OFFICIAL_EXAMPLE },
    answers: { 404: 'no such official (OFFICIAL_NOT_FOUND)' },
  })
  official(@IdParam('officialId') officialId: string): Promise<OfficialView> {
    return this.queryBus.execute(new GetOfficialQuery(officialId));
  }
}
