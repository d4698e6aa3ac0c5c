import { CreateDateColumn, UpdateDateColumn, Column } from 'typeorm';

/** Shared timestamp columns: every mutable table has them. */
export const CreatedAt = () => CreateDateColumn({ type: 'timestamptz', name: 'created_at' });
export const UpdatedAt = () => UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' });
/** Soft archive: archived rows are hidden from lists but kept for history and results. */
export const ArchivedAt = () =>
  Column({ type: 'timestamptz', name: 'archived_at', nullable: true });

/** numeric columns come back from pg as strings; hours are small decimals, safe as numbers. */
export const decimalTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * date[] columns come back from pg as Date objects at local midnight (TypeORM converts only single
 * dates); read them back as YYYY-MM-DD strings like single date columns.
 */
export const dateArrayTransformer = {
  to: (value: string[] | null | undefined) => value,
  from: (value: (Date | string)[] | null) =>
    value === null
      ? null
      : value.map((day) =>
          day instanceof Date
            ? `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
            : day,
        ),
};
