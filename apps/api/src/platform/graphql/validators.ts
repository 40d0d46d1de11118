// Small custom validators shared by every area's inputs.
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A string with at least one non-space character ("   " is not a title). */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: () => '$property must not be empty',
      },
    },
    options,
  );
}
