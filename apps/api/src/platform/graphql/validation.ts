// Input validation: class-validator on every @InputType/@ArgsType, failures answered as
// BAD_USER_INPUT with `extensions.field` naming the (dotted) field. Before that, any string argument
// holding a NUL character is refused: PostgreSQL text cannot store one, and letting it through
// would turn a user's bad input into an INTERNAL_SERVER_ERROR.
import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { BadInput } from '../errors.js';

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

/** Ids are checked with isUuid before any SQL sees them, and one that names nothing is null or NOT_FOUND. */
const ID_KEY = /(^id|Ids?)$/;

/** The dotted path of the first string holding a NUL character in GraphQL argument values, or null. */
export function nulCharacterAt(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') && !ID_KEY.test(path.split('.').pop()!) ? path : null;
  if (depth > 16 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = nulCharacterAt(v, path, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  // Argument values are plain (or null-prototype) objects; anything else is not user input.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return null;
  for (const [k, v] of Object.entries(value)) {
    const found = nulCharacterAt(v, path ? `${path}.${k}` : k, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

class ConcordValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // @nestjs/graphql hands @Args parameters to pipes as 'body'.
    if (metadata.type === 'body') {
      // @Args('input') names the argument in `data`; fields inside it are named relative to it, as
      // the validation errors below name them. An @ArgsType class gets every argument in `value`.
      const field = nulCharacterAt(value, typeof value === 'string' ? (metadata.data ?? 'input') : '');
      if (field !== null) throw new BadInput(field, `${field} must not contain a NUL character (\\u0000).`);
    }
    return super.transform(value, metadata);
  }
}

export function concordValidationPipe(): ValidationPipe {
  return new ConcordValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors: ValidationError[]) => {
      const p = firstProblem(errors) ?? { field: 'input', message: 'input is not valid' };
      return new BadInput(p.field, p.message);
    },
  });
}
