import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

interface CatalogueEntry {
  label: string;
  trainable: boolean;
}

/**
 * The competence taxonomy's Dutch labels and `trainable` flags, in memory for the engine (which asks
 * synchronously whether a gap is trainable). Loaded at start-up and again whenever the index meets a
 * code it does not know yet; an ADMIN's later edit of a label or flag shows after a restart.
 */
@Injectable()
export class CompetenceCatalogue {
  private entries = new Map<string, CatalogueEntry>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(): Promise<void> {
    const rows: { code: string; label: string; trainable: boolean }[] = await this.dataSource.query(
      'SELECT code, label, trainable FROM competence',
    );
    this.entries = new Map(
      rows.map((row) => [row.code, { label: row.label, trainable: row.trainable }]),
    );
  }

  /** Reloads when one of the codes is new to the catalogue. */
  async ensureKnown(codes: Iterable<string>): Promise<void> {
    for (const code of codes) {
      if (!this.entries.has(code)) {
        await this.load();
        return;
      }
    }
  }

  isTrainable(code: string): boolean {
    return this.entries.get(code)?.trainable ?? false;
  }

  /** The Dutch label, or the code itself for a code the taxonomy does not (or no longer) hold. */
  label(code: string): string {
    return this.entries.get(code)?.label ?? code;
  }
}
