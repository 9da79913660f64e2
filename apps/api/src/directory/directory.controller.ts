/** The organisation directory: units and officials are registered by events too, so history shows who was responsible when. */
import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { Response } from 'express';
import type { DirectoryCommand } from '@app/supervision';
import { CommandMeta } from '../http/command-meta.decorator';
import { commandIdOf, newIdFor, type CommandRequest, ExecuteDirectoryCommand } from '@app/commands';
import { CommandResponse, respondWithResult } from '../http/command-response';
import { EntityIdPipe } from '../http/entity-id.pipe';
import { IsEntityId, IsText } from '../http/validators';
import { CommandingRolesOnly } from '../auth/commanding-roles';

const UNIT_KINDS = ['department', 'procuratorate', 'institution'] as const;
const OFFICIAL_KINDS = ['leader', 'committee_member', 'staff'] as const;

export class RegisterUnitDto {
  @IsEntityId('unit id; generated when absent', true)
  unitId?: string;
  @IsText('name, e.g. 第九检察厅', 100)
  name: string;
  @ApiProperty({ enum: UNIT_KINDS })
  @IsIn(UNIT_KINDS)
  kind: (typeof UNIT_KINDS)[number];
}

export class RegisterOfficialDto {
  @IsEntityId('official id; generated when absent', true)
  officialId?: string;
  @IsText('title, e.g. 分管院领导 (titles, not names)', 100)
  title: string;
  @ApiProperty({ enum: OFFICIAL_KINDS })
  @IsIn(OFFICIAL_KINDS)
  kind: (typeof OFFICIAL_KINDS)[number];
  @IsEntityId('the unit the official belongs to', true)
  unitId?: string;
}

export class AssignOfficialDto {
  @IsEntityId('the unit')
  unitId: string;
}

@ApiTags('directory commands')
@ApiBearerAuth()
@CommandingRolesOnly()
@Controller('api')
export class DirectoryController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('units')
  @ApiOperation({ summary: 'Register a unit (内设机构 or procuratorate) — supervisor' })
  @ApiCreatedResponse({ type: CommandResponse })
  registerUnit(@Body() body: RegisterUnitDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const commandId = commandIdOf(meta);
    const unitId = body.unitId ?? newIdFor(commandId, 'unit');
    return this.execute(res, unitId, { type: 'RegisterUnit', data: { unitId, name: body.name, kind: body.kind } }, commandId, meta);
  }

  @Post('officials')
  @ApiOperation({ summary: 'Register an official, by title — supervisor' })
  @ApiCreatedResponse({ type: CommandResponse })
  registerOfficial(@Body() body: RegisterOfficialDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const commandId = commandIdOf(meta);
    const { officialId: givenId, ...data } = body;
    const officialId = givenId ?? newIdFor(commandId, 'official');
    return this.execute(res, officialId, { type: 'RegisterOfficial', data: { officialId, ...data } }, commandId, meta);
  }

  @Post('officials/:officialId/unit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign an official to a unit — supervisor' })
  @ApiOkResponse({ type: CommandResponse })
  assign(@Param('officialId', EntityIdPipe) officialId: string, @Body() body: AssignOfficialDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.execute(res, officialId, { type: 'AssignOfficialToUnit', data: { officialId, unitId: body.unitId } }, commandIdOf(meta), meta);
  }

  private async execute(res: Response, id: string, command: DirectoryCommand, commandId: string, meta: CommandRequest) {
    const result = await this.commandBus.execute(new ExecuteDirectoryCommand(command, commandId, meta));
    return respondWithResult(res, id, result);
  }
}
