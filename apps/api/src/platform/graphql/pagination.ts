// Relay connections: `first` defaults to 20 and may be at most 500; cursors are opaque base64url
// strings of the sort key the list is ordered by.
import { Field, ObjectType } from '@nestjs/graphql';
import { BadInput } from '../errors.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadInput('first', `first must be a whole number from 0 to ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(parts) &&
      parts.length === arity &&
      parts.every((p) => typeof p === 'string' || typeof p === 'number')
    ) {
      return parts as (string | number)[];
    }
  } catch {
    // fall through: a cursor we did not make
  }
  throw new BadInput('after', 'after is not a cursor this list gave out.');
}

/** Builds edges and pageInfo from rows fetched with LIMIT first + 1. */
export function connectionFrom<T>(
  rows: T[],
  first: number,
  cursorOf: (row: T) => string,
): {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
} {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
