/** `@Sha256Param() sha256`: a file's id in a path, 64 lower-case hex characters (else a 400, never a look-up). */
import { BadRequestException, Injectable, Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

const SHA256 = /^[0-9a-f]{64}$/;

@Injectable()
class Sha256Pipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!SHA256.test(value))
      throw new BadRequestException({
        code: 'BAD_ID',
        message: `a file is named by its SHA-256, 64 lower-case hexadecimal characters, not ${value.slice(0, 100)}`,
      });
    return value;
  }
}

export function Sha256Param(): ParameterDecorator {
  return (target, key, index) => {
    Param('sha256', Sha256Pipe)(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
    ApiParam({
      name: 'sha256',
      required: true,
      description: 'the file’s SHA-256, as its upload answered and the task’s attachments list it',
      schema: {
        type: 'string',
        pattern: SHA256.source,
        example: '3b1f0c6e9d2a4b5c8e7f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5',
      },
    })(target, key, descriptor);
  };
}
