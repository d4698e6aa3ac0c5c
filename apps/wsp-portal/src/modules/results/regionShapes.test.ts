import { MAP_HEIGHT, MAP_WIDTH, regionShapes } from './regionShapes.js';

describe('regionShapes', () => {
  it('draws all 35 regions inside the map', () => {
    const shapes = regionShapes();
    expect(shapes).toHaveLength(35);
    expect(shapes[0]).toMatchObject({ code: 'AM01', name: 'Groningen' });
    for (const shape of shapes) {
      const numbers = shape.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = numbers.filter((_, index) => index % 2 === 0);
      const ys = numbers.filter((_, index) => index % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_WIDTH + 0.01);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(MAP_HEIGHT + 0.01);
    }
  });

  it('places Groningen north-east of Zeeland', () => {
    const start = (code: string) =>
      regionShapes()
        .find((shape) => shape.code === code)!
        .path.match(/M(-?[\d.]+),(-?[\d.]+)/)!
        .slice(1)
        .map(Number);
    const [gx, gy] = start('AM01');
    const [zx, zy] = start('AM24');
    expect(gx!).toBeGreaterThan(zx!);
    expect(gy!).toBeLessThan(zy!);
  });
});
