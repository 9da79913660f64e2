/** Launching and closing a programme (督办批次). */
import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { CommandMeta } from '../http/command-meta.decorator';
import { commandIdOf, newIdFor, type CommandRequest, ExecuteProgrammeCommand } from '@app/commands';
import { CommandResponse, respondWithResult } from '../http/command-response';
import { EntityIdPipe } from '../http/entity-id.pipe';
import { IsCalendarDate, IsEntityId, IsText } from '../http/validators';
import { CommandingRolesOnly } from '../auth/commanding-roles';

export class LaunchProgrammeDto {
  @IsEntityId('programme id; generated when absent', true)
  programmeId?: string;
  @IsText('title, e.g. 最高检党组2022年重点督办任务', 200)
  title: string;
  @ApiProperty({ example: 2022 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
  @IsCalendarDate('the meeting that issued it')
  issuedOn: string;
  @ApiProperty({ example: 68 })
  @IsInt()
  @Min(1)
  @Max(10000)
  plannedTaskCount: number;
}

export class CloseProgrammeDto {
  @IsText('annual summary (完成情况)', 10000)
  summary: string;
}

@ApiTags('programme commands')
@ApiBearerAuth()
@CommandingRolesOnly()
@Controller('api/programmes')
export class ProgrammesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Launch a programme — supervisor' })
  @ApiCreatedResponse({ type: CommandResponse })
  async launch(@Body() body: LaunchProgrammeDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const commandId = commandIdOf(meta);
    const { programmeId: givenId, ...data } = body;
    const programmeId = givenId ?? newIdFor(commandId, 'programme');
    const result = await this.commandBus.execute(new ExecuteProgrammeCommand(programmeId, { type: 'LaunchProgramme', data: { programmeId, ...data } }, commandId, meta));
    return respondWithResult(res, programmeId, result);
  }

  @Post(':programmeId/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a programme with its annual summary — supervisor' })
  @ApiOkResponse({ type: CommandResponse })
  async close(@Param('programmeId', EntityIdPipe) programmeId: string, @Body() body: CloseProgrammeDto, @CommandMeta() meta: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const result = await this.commandBus.execute(new ExecuteProgrammeCommand(programmeId, { type: 'CloseProgramme', data: { programmeId, summary: body.summary } }, commandIdOf(meta), meta));
    return respondWithResult(res, programmeId, result);
  }
}
