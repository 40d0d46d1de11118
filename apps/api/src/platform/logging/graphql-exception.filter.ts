// Nest logs every non-HTTP exception a resolver throws at ERROR with its stack, refusals included
// (51 such lines in one short session). In GraphQL this filter hands the exception back untouched:
// the error formatter decides what is internal (logged at error with a correlation id) and the
// operations plugin logs each operation, refusals at info. HTTP routes keep Nest's own handling.
import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
