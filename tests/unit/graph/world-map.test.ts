import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { readAtlas } from '../../../src/lib/graph/atlas-topology.ts';
import { worldBase } from '../../../src/lib/graph/world-atlas.ts';
import { BASE_LAYERS, drawWorldMap, landOf, worldBaseSvg } from '../../../src/lib/graph/world-map.ts';
import { cityNode as city } from './city-node.ts';

describe('world map', () => {
  const base = worldBase();
  const map = drawWorldMap([city('jakarta', [106.85, -6.21]), city('casablanca', [-7.59, 33.57]), city('nowhere')]);

  it('draws the base layers in the frame the cities are placed in', () => {
    assert.deepEqual([base.width, base.height], [map.width, map.height]);
    assert.ok(map.centre && map.centre.x > map.width / 2 && map.centre.y > map.height / 2, 'Jakarta lies east of Greenwich and south of the equator');
    assert.deepEqual(map.cities.map((c) => c.node.id), ['casablanca'], 'a city without coordinates is left off');
    const [casablanca] = map.cities;
    assert.ok(casablanca!.x < map.width / 2 && casablanca!.y < map.height / 2);
    assert.match(casablanca!.arc, new RegExp(`^M${map.centre!.x},${map.centre!.y}Q[\\d.]+,[\\d.]+ ${casablanca!.x},${casablanca!.y}$`));
  });

  it('writes each base layer as a bare path that a <use> can colour', () => {
    const svg = worldBaseSvg(base);
    assert.match(svg, new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${base.width} ${base.height}">`));
    for (const layer of BASE_LAYERS) {
      const path = new RegExp(`<path id="${layer}" d="([^"]+)"/>`).exec(svg);
      assert.ok(path && path[1]!.length > 1000, `${layer} is drawn`);
    }
    assert.doesNotMatch(svg, /fill=|stroke=|style=/);
  });

  it('draws the small countries the 1:110m atlas leaves out, from the 1:50m one', () => {
    const world = readAtlas('countries-110m.json');
    const land = landOf(world, readAtlas('countries-50m.json'));
    const coarseLand = feature(world, world.objects.land);
    const cities: [string, [number, number]][] = [['Valletta', [14.51, 35.9]], ['Riffa', [50.55, 26.13]], ['Port Louis', [57.5, -20.16]], ['Malé', [73.51, 4.18]], ['Christmas Island, a territory the atlas gives no ISO code', [105.63, -10.49]]];
    for (const [name, point] of cities) {
      assert.ok(!geoContains(coarseLand, point), `${name} is in the sea of the 1:110m land`);
      assert.ok(geoContains(land, point), `${name} is on the land drawn`);
    }
    assert.ok(geoContains(land, [106.85, -6.21]), 'the 1:110m land is still drawn');
  });
});
