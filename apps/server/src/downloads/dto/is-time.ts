import { ValidateBy, ValidationOptions } from 'class-validator';

/** A number of seconds or a time string; its exact form is checked by parseTimecode, which names the problem. */
export const IsTime = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isTime',
      validator: {
        validate: (value: unknown) => typeof value === 'number' || typeof value === 'string',
        defaultMessage: (args) =>
          `${args?.property ?? 'time'} must be seconds (12.5) or a time like "HH:MM:SS(.mmm)" or "MM:SS"`,
      },
    },
    options,
  );
