import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import { RegionResolver } from './region.resolver.js';

describe(RegionResolver.name, () => {
  let t: TestApp;
  let client: GraphQLClient;

  beforeAll(async () => {
    t = await createTestApp();
    client = await t.loginAs(await createUser(t.dataSource, { role: 'BOARD_MEMBER' }));
  });
  afterAll(() => t.close());

  it('lists the 35 labour-market regions, three of them active', async () => {
    const { labourMarketRegions } = await client.data(
      '{ labourMarketRegions { code name active } }',
    );
    expect(labourMarketRegions).toHaveLength(35);
    expect(
      labourMarketRegions
        .filter((r: { active: boolean }) => r.active)
        .map((r: { code: string }) => r.code),
    ).toEqual(['AM01', 'AM12', 'AM36']);
  });

  it('finds a region by code and answers NOT_FOUND for an unknown one', async () => {
    expect(
      (await client.data('{ labourMarketRegion(code: "AM12") { name } }')).labourMarketRegion.name,
    ).toBe('Gooi en Vechtstreek');
    expect(await client.errorCode('{ labourMarketRegion(code: "AM99") { name } }')).toBe(
      'NOT_FOUND',
    );
  });

  it('rejects a malformed region code with BAD_USER_INPUT', async () => {
    expect(await client.errorCode('{ labourMarketRegion(code: "Gooi") { name } }')).toBe(
      'BAD_USER_INPUT',
    );
  });

  it("pages through a region's municipalities with a cursor", async () => {
    const query =
      'query($after: String) { municipalities(regionCode: "AM12", first: 4, after: $after) { totalCount nodes { code name } pageInfo { hasNextPage endCursor } } }';
    const first = (await client.data(query)).municipalities;
    expect(first.totalCount).toBe(7);
    expect(first.nodes).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await client.data(query, { after: first.pageInfo.endCursor })).municipalities;
    expect(second.nodes).toHaveLength(3);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const names = [...first.nodes, ...second.nodes].map((m: { name: string }) => m.name);
    expect(names).toContain('Hilversum');
    expect(new Set(names).size).toBe(7);
  });

  it('rejects a forged cursor and a page size over 100', async () => {
    expect(await client.errorCode('{ municipalities(after: "bm9wZQ") { totalCount } }')).toBe(
      'BAD_USER_INPUT',
    );
    expect(await client.errorCode('{ municipalities(first: 101) { totalCount } }')).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('searches municipalities by part of the name', async () => {
    const { municipalities } = await client.data(
      '{ municipalities(search: "hilver") { nodes { code } } }',
    );
    expect(municipalities.nodes).toEqual([{ code: 'GM0402' }]);
  });

  it('looks up the PC4 area of a postcode', async () => {
    const { postcodeArea } = await client.data(
      '{ postcodeArea(postcode: "1211 AB") { pc4 municipalityCode } }',
    );
    expect(postcodeArea).toEqual({ pc4: '1211', municipalityCode: 'GM0402' });
    expect(await client.errorCode('{ postcodeArea(postcode: "0123 AB") { pc4 } }')).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('requires a login', async () => {
    expect(await t.anonymous().errorCode('{ labourMarketRegions { code } }')).toBe(
      'UNAUTHENTICATED',
    );
  });
});
