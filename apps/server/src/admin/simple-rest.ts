import { BadRequestException } from '@nestjs/common';
import { Allow, isUUID } from 'class-validator';
import type { FastifyReply } from 'fastify';

/** react-admin's ra-data-simple-rest list query: `sort=["field","ASC"]&range=[0,24]&filter={"q":"…"}`. */
export interface ListQuery {
  sort?: string;
  range?: string;
  filter?: string;
}

export interface ParsedListQuery {
  orderBy: Record<string, 'asc' | 'desc'>;
  offset: number;
  limit: number;
  filter: Record<string, unknown>;
}

const MAX_PAGE = 500;

function parseJson(name: string, value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw new BadRequestException(
      `${name} must be JSON, e.g. ${name === 'sort' ? '["createdAt","DESC"]' : name === 'range' ? '[0,24]' : '{"q":"text"}'}`,
    );
  }
}

export function parseListQuery(
  query: ListQuery,
  sortable: readonly string[],
  defaultSort = 'createdAt',
): ParsedListQuery {
  let orderBy: Record<string, 'asc' | 'desc'> = { [defaultSort]: 'desc' };
  if (query.sort) {
    const sort = parseJson('sort', query.sort);
    if (
      !Array.isArray(sort) ||
      typeof sort[0] !== 'string' ||
      !['ASC', 'DESC'].includes(String(sort[1]).toUpperCase())
    ) {
      throw new BadRequestException('sort must be ["field","ASC"|"DESC"]');
    }
    if (!sortable.includes(sort[0])) {
      throw new BadRequestException(`sort field must be one of: ${sortable.join(', ')}`);
    }
    orderBy = { [sort[0]]: String(sort[1]).toLowerCase() as 'asc' | 'desc' };
  }

  let offset = 0;
  let limit = 25;
  if (query.range) {
    const range = parseJson('range', query.range);
    if (
      !Array.isArray(range) ||
      !Number.isInteger(range[0]) ||
      !Number.isInteger(range[1]) ||
      range[0] < 0 ||
      range[1] < range[0]
    ) {
      throw new BadRequestException('range must be [first,last] with 0 ≤ first ≤ last');
    }
    offset = range[0];
    limit = Math.min(range[1] - range[0] + 1, MAX_PAGE);
  }

  let filter: Record<string, unknown> = {};
  if (query.filter) {
    const parsed = parseJson('filter', query.filter);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new BadRequestException('filter must be a JSON object');
    }
    filter = parsed as Record<string, unknown>;
  }
  return { orderBy, offset, limit, filter };
}

/** One simple-rest list: the query parsed (400 naming what is wrong), the page asked for, then sent. */
export async function listPage<T>(
  reply: FastifyReply,
  resource: string,
  query: ListQuery,
  sortable: readonly string[],
  list: (parsed: ParsedListQuery) => Promise<{ items: T[]; total: number }>,
  defaultSort?: string,
): Promise<T[]> {
  const parsed = parseListQuery(query, sortable, defaultSort);
  const { items, total } = await list(parsed);
  return sendPage(reply, resource, items, parsed.offset, total);
}

/** Sends a page the simple-rest way: the array as the body, the total in `Content-Range`. */
function sendPage<T>(reply: FastifyReply, resource: string, items: T[], offset: number, total: number): T[] {
  const last = items.length ? offset + items.length - 1 : offset;
  void reply.header('Content-Range', `${resource} ${offset}-${last}/${total}`);
  void reply.header('Access-Control-Expose-Headers', 'Content-Range');
  return items;
}

/** `filter.id` as a list (react-admin's getMany), or undefined. Records are keyed by UUIDs. */
export function idList(filter: Record<string, unknown>): string[] | undefined {
  const ids = filter.id;
  if (ids === undefined) return undefined;
  const list = Array.isArray(ids) ? ids : [ids];
  if (!list.every((id) => typeof id === 'string' && isUUID(id)))
    throw new BadRequestException('filter.id must be ids');
  return list as string[];
}

/** Empty inputs of react-admin's filter form mean "no filter". */
function isUnset(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** A filter that names one of these values (a select input), or undefined. */
export function choiceFilter<T extends string>(
  filter: Record<string, unknown>,
  name: string,
  choices: readonly T[],
): T | undefined {
  const value = filter[name];
  if (isUnset(value)) return undefined;
  if (typeof value !== 'string' || !choices.includes(value as T)) {
    throw new BadRequestException(`filter.${name} must be one of: ${choices.join(', ')}`);
  }
  return value as T;
}

/** A filter holding the id of a record (a reference input), or undefined. */
export function idFilter(filter: Record<string, unknown>, name: string): string | undefined {
  const value = filter[name];
  if (isUnset(value)) return undefined;
  if (typeof value !== 'string' || !isUUID(value))
    throw new BadRequestException(`filter.${name} must be an id`);
  return value;
}

/** A yes/no filter (a boolean input), or undefined. */
export function booleanFilter(filter: Record<string, unknown>, name: string): boolean | undefined {
  const value = filter[name];
  if (isUnset(value)) return undefined;
  if (typeof value !== 'boolean') throw new BadRequestException(`filter.${name} must be true or false`);
  return value;
}

/**
 * react-admin PUTs the whole record back, so the fields of a record that cannot be changed are accepted
 * (and ignored by the service) rather than refused as unknown.
 */
export function acceptReadOnly(dto: abstract new () => object, fields: readonly string[]): void {
  for (const field of fields) Allow()(dto.prototype, field);
}

/** Escapes LIKE wildcards in a search text. */
export function likePattern(text: unknown): string | undefined {
  if (typeof text !== 'string' || !text.trim()) return undefined;
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
