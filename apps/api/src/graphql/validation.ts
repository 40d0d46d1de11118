// Input validation: class-validator on every @InputType/@ArgsType, failures answered as
// BAD_USER_INPUT with `extensions.field` naming the (dotted) field.
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadInput } from '../common/errors.js';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints && Object.keys(e.constraints).length > 0) {
      return { field, message: Object.values(e.constraints)[0] };
    }
    if (e.children && e.children.length > 0) {
      const nested = firstProblem(e.children, field);
      if (nested) return nested;
    }
  }
  return null;
}

export function concordValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors: ValidationError[]) => {
      const p = firstProblem(errors) ?? { field: 'input', message: 'input is not valid' };
      return new BadInput(p.field, p.message);
    },
  });
}
