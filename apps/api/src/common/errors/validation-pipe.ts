import {
  Injectable,
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError,
} from '@nestjs/common';
import { badInput, DomainError, type FieldError } from './domain-error.js';

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field: path, message }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * Validates every resolver's args and inputs with class-validator; failures become one
 * BAD_USER_INPUT error listing each field's path (e.g. `input.kvkNumber`) and Dutch message.
 * Nothing is written when validation fails.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => badInput(flatten(errors, '')),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof DomainError && metadata.data) {
        const fields = error.fields.map((f) => ({ ...f, field: `${metadata.data}.${f.field}` }));
        throw new DomainError(error.code, error.message, fields);
      }
      throw error;
    }
  }
}
