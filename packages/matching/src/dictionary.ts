// Dense ids for strings (competence codes, region codes), so the index can use them as array offsets.

export class Dictionary {
  private readonly idByName = new Map<string, number>();

  get size(): number {
    return this.idByName.size;
  }

  /** The id of a name, adding it when new. */
  intern(name: string): number {
    let id = this.idByName.get(name);
    if (id === undefined) {
      id = this.idByName.size;
      this.idByName.set(name, id);
    }
    return id;
  }

  /** The id of a known name, or -1. */
  idOf(name: string): number {
    return this.idByName.get(name) ?? -1;
  }
}
