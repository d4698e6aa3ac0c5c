import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/domain-error.js';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 25, description: 'Page size, 1-100.' })
  @IsInt()
  @Min(1, { message: 'Vraag minstens 1 resultaat op.' })
  @Max(100, { message: 'Vraag hoogstens 100 resultaten per pagina op.' })
  first: number = 25;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A `<Name>Connection` type: nodes, pageInfo and totalCount. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [node]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'All matches of the filters, over every page.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

type CursorValue = string | number;

function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, size: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === size &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput([{ field: 'after', message: 'Deze cursor is niet geldig.' }]);
}

/**
 * Keyset pagination over a query builder: sorted by `column` then `idColumn` (ascending), so pages
 * stay stable while rows are added. `sortKey` reads the same value from an entity for the cursor.
 */
export async function paginate<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  page: PageArgs,
  sort: { column: string; key: (entity: E) => CursorValue; idColumn?: string },
): Promise<Connection<E>> {
  const alias = query.alias;
  const idColumn = sort.idColumn ?? 'id';
  const totalCount = await query.clone().getCount();
  if (page.after) {
    const [value, id] = decodeCursor(page.after, 2);
    query.andWhere(`(${alias}.${sort.column}, ${alias}.${idColumn}) > (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.${sort.column}`, 'ASC')
    .addOrderBy(`${alias}.${idColumn}`, 'ASC')
    .take(page.first + 1)
    .getMany();
  const hasNextPage = rows.length > page.first;
  const nodes = rows.slice(0, page.first);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage,
      endCursor: last
        ? encodeCursor([sort.key(last), (last as Record<string, CursorValue>)[idColumn]])
        : null,
    },
  };
}

/** Maps a page of entities to models, keeping the paging data. */
export function mapConnection<E, M>(
  connection: Connection<E>,
  map: (entity: E) => M,
): Connection<M> {
  return { ...connection, nodes: connection.nodes.map(map) };
}
