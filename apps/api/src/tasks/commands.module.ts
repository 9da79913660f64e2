/** The write side over HTTP: every command route (tasks, programmes, the directory) and the one handler they send to. */
import { Module } from '@nestjs/common';
import { COMMAND_HANDLERS } from '@app/commands';
import { DirectoryController } from '../directory/directory.controller';
import { CommandSender } from '../commands/command-sender';
import { ProgrammesController } from '../programmes/programmes.controller';
import { TaskLifecycleController } from './task-lifecycle.controller';
import { TaskWorkController } from './task-work.controller';

@Module({
  controllers: [TaskLifecycleController, TaskWorkController, ProgrammesController, DirectoryController],
  providers: [CommandSender, ...COMMAND_HANDLERS],
})
export class CommandsModule {}
