// Dense ids for strings (competence codes, region codes), so the index can use them as array offsets.

export class Dictionary {
  private readonly idByName = new Map<string, number>();
  private readonly names: string[] = [];

  get size(): number {
    return this.names.length;
  }

  /** The id of a name, adding it when new. */
  intern(name: string): number {
    let id = this.idByName.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.idByName.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** The id of a known name, or -1. */
  idOf(name: string): number {
    return this.idByName.get(name) ?? -1;
  }

  nameOf(id: number): string {
    return this.names[id];
  }
}
