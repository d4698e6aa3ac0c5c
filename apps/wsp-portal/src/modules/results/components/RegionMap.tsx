import { useHref, useNavigate } from 'react-router';
import type { MouseEvent } from 'react';
import { MAP_HEIGHT, MAP_WIDTH, regionShapes, type RegionShape } from '../regionShapes.js';
import {
  bandOf,
  fillOf,
  NO_DATA_BAND,
  PERCENT_BANDS,
  patternId,
  type PercentBand,
} from '../scale.js';

export interface MapRegion {
  regionCode: string;
  regionName: string;
  inScope: boolean;
  percentOfTarget?: { value?: number | null; display: string } | null;
}

/** "Groningen: 84 % van de doelstelling", or why there is no figure. */
export function regionLabel(region: MapRegion): string {
  if (!region.inScope) return `${region.regionName}: geen toegang tot de cijfers`;
  if (!region.percentOfTarget) return `${region.regionName}: geen doelstelling vastgesteld`;
  if (region.percentOfTarget.value === null || region.percentOfTarget.value === undefined)
    return `${region.regionName}: niet getoond (te weinig personen)`;
  return `${region.regionName}: ${region.percentOfTarget.display} % van de doelstelling`;
}

function Pattern({ band }: { band: PercentBand }) {
  const id = patternId(band);
  switch (band.pattern) {
    case 'dots':
      return (
        <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={band.colour} />
          <circle cx="3" cy="3" r="1.3" fill={band.ink} />
        </pattern>
      );
    case 'lines':
      return (
        <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={band.colour} />
          <line x1="0" y1="3" x2="6" y2="3" stroke={band.ink} strokeWidth="1.2" />
        </pattern>
      );
    case 'cross':
      return (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={band.colour} />
          <path d="M0 0L8 8M8 0L0 8" stroke={band.ink} strokeWidth="1" />
        </pattern>
      );
    case 'grid':
      return (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={band.colour} />
          <path d="M4 0V8M0 4H8" stroke={band.ink} strokeWidth="0.8" />
        </pattern>
      );
    case 'hatch':
      return (
        <pattern
          id={id}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={band.colour} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={band.ink} strokeWidth="1.5" />
        </pattern>
      );
    default:
      return null;
  }
}

function RegionPath({
  shape,
  region,
  to,
}: {
  shape: RegionShape;
  region: MapRegion | undefined;
  to: string;
}) {
  const navigate = useNavigate();
  const href = useHref(to);
  const band = bandOf(region?.inScope ? region.percentOfTarget?.value : null);
  const path = <path d={shape.path} fill={fillOf(band)} stroke="#1a1a1a" strokeWidth="0.6" />;
  // Only regions whose figures the viewer may see open a page; the others are in the table too.
  if (!region?.inScope) return <g aria-hidden="true">{path}</g>;
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window (modifier keys, middle button) is the browser's business.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    void navigate(to);
  };
  return (
    <a href={href} aria-label={regionLabel(region)} onClick={open} className="werkbrug-map__region">
      <title>{regionLabel(region)}</title>
      {path}
    </a>
  );
}

export interface RegionMapProps {
  regions: readonly MapRegion[];
  /** Where a region's link goes. */
  linkTo(regionCode: string): string;
}

/** The 35 labour-market regions coloured and patterned by % of the banenafspraak target. */
export function RegionMap({ regions, linkTo }: RegionMapProps) {
  const byCode = new Map(regions.map((region) => [region.regionCode, region]));
  return (
    <div className="werkbrug-map">
      <svg
        className="werkbrug-map__svg"
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-label="Kaart van de arbeidsmarktregio's; kies een regio om de resultaten te openen"
      >
        <defs>
          {[...PERCENT_BANDS, NO_DATA_BAND].map((band) => (
            <Pattern key={band.key} band={band} />
          ))}
        </defs>
        {regionShapes().map((shape) => (
          <RegionPath
            key={shape.code}
            shape={shape}
            region={byCode.get(shape.code)}
            to={linkTo(shape.code)}
          />
        ))}
      </svg>
      <PercentLegend />
    </div>
  );
}

/** Range, colour and pattern of every band, so the map reads without colour. */
export function PercentLegend() {
  return (
    <div className="werkbrug-map__legend">
      <p className="werkbrug-map__legend-title" id="kaart-legenda">
        Legenda: % van de doelstelling
      </p>
      <ul aria-labelledby="kaart-legenda">
        {[...PERCENT_BANDS, NO_DATA_BAND].map((band) => (
          <li key={band.key}>
            <svg width="28" height="18" aria-hidden="true" focusable="false">
              <rect width="28" height="18" fill={fillOf(band)} stroke="#1a1a1a" />
            </svg>
            {band.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
