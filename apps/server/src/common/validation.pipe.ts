import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

function describe(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) => text.replace(error.property, path));
    return [...own, ...describe(error.children ?? [], path)];
  });
}

/** DTO validation at the edge: unknown fields are refused, and the message names each bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException(describe(errors).join('; ')),
  });
}
