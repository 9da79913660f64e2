/**
 * A task command's route declared as one entry of a table (task-lifecycle.routes.ts, task-work.routes.ts): its path,
 * its body's DTO, its documentation and parties (@CommandRoute's spec), and the command it makes of the body. The
 * controllers extend `taskCommandRoutes(table)`, which turns every entry into the method a hand-written route was:
 *
 *   @Post(':taskId/acknowledge')
 *   @HttpCode(200)                      // unless the command creates what it names (doc.creates): 201
 *   @CommandRoute(doc)
 *   acknowledge(@IdParam('taskId') taskId: string, @Body() body: EmptyDto, @CommandMeta() meta: IdentifiedRequest) {
 *     return this.commands.toTask(taskId, command(body, { ids, commandId: meta.commandId }), meta);
 *   }
 *
 * so the guards, the validation, the answer's headers (WritesCommandAnswerHeaders) and the OpenAPI operation
 * (`<Controller>_<key>`) are those of that method. Every `:name` of the path is an IdParam, in the path's order.
 */
import { Body, HttpCode, Inject, Post, type Type } from '@nestjs/common';
import type { TaskCommand } from '@app/supervision';
import type { IdentifiedRequest } from '@app/commands';
import { CommandRoute, type CommandRouteSpec } from '../http/api-route';
import { CommandMeta } from '../http/command-meta.decorator';
import { IdParam } from '../http/id-param';
import { CommandSender } from '../commands/command-sender';
import type { CommandResponse } from '../http/command-response';

/** The names of a path's `:id` segments: `':taskId/extension-requests/:requestId/approve'` → 'taskId' | 'requestId'. */
export type PathIds<Path extends string> = Path extends `${string}:${infer Id}/${infer Rest}`
  ? Id | PathIds<Rest>
  : Path extends `${string}:${infer Id}`
    ? Id
    : never;

export interface TaskCommandRoute<Path extends string = string, Dto = unknown> {
  /** Under the controller's `api/tasks`: `':taskId/acknowledge'`; '' for the command that issues a task. */
  readonly path: Path;
  /** The body's class: the validation pipe checks the body by it, and the document describes it. */
  readonly body: Type<Dto>;
  readonly doc: CommandRouteSpec;
  /**
   * The command the body makes. `ids` are the path's ids (checked by IdParam); `commandId` is the request's, from
   * which what the command creates takes its ids (newIdFor), so a retried Idempotency-Key creates the same ones.
   * The task it goes to is the path's `taskId`, or the task an IssueTask names.
   */
  command(
    body: Dto,
    request: { readonly ids: Readonly<Record<PathIds<Path>, string>>; readonly commandId: string },
  ): TaskCommand;
}

/** One route of a table: the entry as written, its body's type carried into `command`. */
export function taskCommand<Path extends string, Dto>(route: TaskCommandRoute<Path, Dto>): TaskCommandRoute {
  return route;
}

export type TaskCommandRoutes = Readonly<Record<string, TaskCommandRoute>>;

/** The methods of a controller, one per entry, named by its key. */
export function taskCommandRoutes(routes: TaskCommandRoutes): Type<object> {
  class TaskCommandController {
    constructor(@Inject(CommandSender) readonly commands: CommandSender) {}
  }
  for (const [name, route] of Object.entries(routes)) {
    const ids = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]);
    const handler = async function (this: TaskCommandController, ...args: unknown[]): Promise<CommandResponse> {
      // Nest passes the arguments in the order of the parameter decorators below: the path ids, the body, the request.
      const values = args.slice(0, ids.length) as string[];
      const [body, meta] = args.slice(ids.length) as [unknown, IdentifiedRequest];
      const command = route.command(body, {
        ids: Object.fromEntries(ids.map((id, index) => [id, values[index]])),
        commandId: meta.commandId,
      });
      const taskId = command.type === 'IssueTask' ? command.data.taskId : values[ids.indexOf('taskId')];
      return this.commands.toTask(taskId, command, meta);
    };
    // The document names the operation, and reads the parameters' types, by the function's own name.
    Object.defineProperty(handler, 'name', { value: name });
    const parameters: ParameterDecorator[] = [...ids.map((id) => IdParam(id)), Body(), CommandMeta()];
    Object.defineProperty(TaskCommandController.prototype, name, {
      value: handler,
      writable: true,
      enumerable: false,
      configurable: true,
    });
    // What TypeScript writes for a decorated method, applied as it applies them (the last first, on the method's descriptor).
    const decorated = Reflect.decorate(
      [
        Post(route.path),
        ...(route.doc.creates ? [] : [HttpCode(200)]),
        CommandRoute(route.doc),
        ...parameters.map(
          (parameter, index): MethodDecorator =>
            (target, key) =>
              parameter(target, key, index),
        ),
        Reflect.metadata('design:type', Function),
        Reflect.metadata('design:paramtypes', [...ids.map(() => String), route.body, Object]),
      ],
      TaskCommandController.prototype,
      name,
      Object.getOwnPropertyDescriptor(TaskCommandController.prototype, name),
    );
    if (decorated) Object.defineProperty(TaskCommandController.prototype, name, decorated);
  }
  return TaskCommandController;
}
