/** Body validation: unknown fields and wrong types are a 400 that names each field. */
import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    // Off because EmptyDto has no decorated field; unknown fields are still refused by forbidNonWhitelisted.
    forbidUnknownValues: false,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; '),
        details: { fields },
      });
    },
  });
}

function flatten(errors: ValidationError[], parent = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
