/** The organisation directory: units and officials are registered by events too, so history shows who was responsible when. */
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CommandMeta } from '../http/command-meta.decorator';
import { newIdFor, type IdentifiedRequest } from '@app/commands';
import { CommandSender } from '../commands/command-sender';
import { CommandRoute } from '../http/api-route';
import { IdParam } from '../http/id-param';
import { IsEntityId, IsText } from '../http/validation/validators';
import { CommandingRolesOnly } from '../auth/commanding-roles';

const UNIT_KINDS = ['department', 'procuratorate', 'institution'] as const;
const OFFICIAL_KINDS = ['leader', 'committee_member', 'staff'] as const;

export class RegisterUnitDto {
  @IsEntityId('unit id; generated when absent', true)
  unitId?: string;
  @IsText('name, e.g. 第九检察厅', 100)
  name: string;
  @ApiProperty({ enum: UNIT_KINDS, description: 'department 内设机构, procuratorate 检察院, institution 直属事业单位' })
  @IsIn(UNIT_KINDS)
  kind: (typeof UNIT_KINDS)[number];
}

export class RegisterOfficialDto {
  @IsEntityId('official id; generated when absent', true)
  officialId?: string;
  @IsText('title, e.g. 分管院领导 (titles, not names)', 100)
  title: string;
  @ApiProperty({ enum: OFFICIAL_KINDS, description: 'leader 院领导, committee_member 检委会委员, staff 工作人员' })
  @IsIn(OFFICIAL_KINDS)
  kind: (typeof OFFICIAL_KINDS)[number];
  @IsEntityId('the unit the official belongs to', true, 'dept-9')
  unitId?: string;
}

export class AssignOfficialDto {
  @IsEntityId('the unit', false, 'dept-9')
  unitId: string;
}

@ApiTags('directory commands')
// The floor for a route that forgets its own parties: no auditor, reader or admin reaches a command.
@CommandingRolesOnly()
@Controller('api')
export class DirectoryController {
  constructor(private readonly commands: CommandSender) {}

  @Post('units')
  @CommandRoute({
    summary: 'Register a unit (内设机构 or procuratorate) — supervisor',
    description:
      'Adds a unit to the directory, so tasks can name it as lead or co-unit. The id is yours to give or derived from the Idempotency-Key. Answers 201 with Location: /api/units/{unitId}.',
    parties: ['supervisor'],
    creates: 'the unit',
    locatedAt: '/api/units/{unitId}',
    conflicts: 'UNIT_ALREADY_REGISTERED',
  })
  registerUnit(@Body() body: RegisterUnitDto, @CommandMeta() meta: IdentifiedRequest) {
    const unitId = body.unitId ?? newIdFor(meta.commandId, 'unit');
    return this.commands.toDirectory(
      unitId,
      { type: 'RegisterUnit', data: { unitId, name: body.name, kind: body.kind } },
      meta,
    );
  }

  @Post('officials')
  @CommandRoute({
    summary: 'Register an official, by title — supervisor',
    description:
      'Adds an official to the directory by title (分管院领导), not by name, so tasks can name them as leader in charge. The id is yours to give or derived from the Idempotency-Key. Answers 201 with Location: /api/officials/{officialId}.',
    parties: ['supervisor'],
    creates: 'the official',
    locatedAt: '/api/officials/{officialId}',
    conflicts: 'OFFICIAL_ALREADY_REGISTERED',
    rules: 'e.g. an unknown unit',
  })
  registerOfficial(@Body() body: RegisterOfficialDto, @CommandMeta() meta: IdentifiedRequest) {
    const { officialId: givenId, ...data } = body;
    const officialId = givenId ?? newIdFor(meta.commandId, 'official');
    return this.commands.toDirectory(officialId, { type: 'RegisterOfficial', data: { officialId, ...data } }, meta);
  }

  @Post('officials/:officialId/unit')
  @HttpCode(200)
  @CommandRoute({
    summary: 'Assign an official to a unit — supervisor',
    description: 'Records the unit an official belongs to from now on; history keeps where they were before.',
    parties: ['supervisor'],
    notFound: 'no such official (OFFICIAL_NOT_FOUND)',
    rules: 'e.g. an unknown unit',
  })
  assign(
    @IdParam('officialId') officialId: string,
    @Body() body: AssignOfficialDto,
    @CommandMeta() meta: IdentifiedRequest,
  ) {
    return this.commands.toDirectory(
      officialId,
      { type: 'AssignOfficialToUnit', data: { officialId, unitId: body.unitId } },
      meta,
    );
  }
}
