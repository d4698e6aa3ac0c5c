import { jest } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { buildRegionReport } from '../../modules/results/test-fixtures.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { RegionResultsPage, RegionResultsPageQuery } from './RegionResultsPage.js';

const board = buildViewer({ roles: ['BOARD_MEMBER'] });
/** The charts are a chunk of their own; its first load in jsdom takes a few seconds. */
const CHARTS = { timeout: 10_000 };
const VARIABLES = { regionCode: 'AM12', year: 2025, fromQuarter: '2024-Q1', toQuarter: '2025-Q4' };

const reportMock = (): MockLink.MockedResponse => ({
  request: { query: RegionResultsPageQuery, variables: VARIABLES },
  result: { data: buildRegionReport() },
});

/** The text of the Blob handed to URL.createObjectURL. */
function captureDownloads() {
  const blobs: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:download';
    }),
    revokeObjectURL: jest.fn(),
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  const text = (blob: Blob) =>
    new Promise<string>((resolve) => {
      const reader = new FileReader();
      // Decoded with the BOM kept, to check that it is there.
      reader.onload = () =>
        resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blob);
    });
  return { blobs, text };
}

describe(RegionResultsPage.name, () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows every chart with a title, a summary and a table alternative', async () => {
    renderPortal({ path: '/resultaten/AM12?jaar=2025', mocks: [sessionMock(board), reportMock()] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Resultaten Gooi en Vechtstreek' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Resultaten Gooi en Vechtstreek - Werkbrug WSP-portaal');
    // The charts load on their own.
    await screen.findByRole('region', { name: 'Beschut werk per gemeente' }, CHARTS);
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual([
      'Banenafspraak: extra banen per kwartaal',
      'Beschut werk per gemeente',
      'Uitstroom naar werk per gemeente',
      'Van voordracht tot plaatsing (personen)',
      'Ingezette instrumenten (personen)',
      'Plaatsingen, doorlooptijd en nazorg',
    ]);
    expect(
      screen.getByRole('img', {
        name: /In het laatste kwartaal \(K4 2025\) 400,5 extra banen, 91 % van het doel/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /Voorgedragen 40, Voorgesteld aan werkgever 25, Geplaatst <5/,
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Toon als tabel')).toHaveLength(5);
  });

  it('shows suppressed counts as "<5" in the tables', async () => {
    renderPortal({ path: '/resultaten/AM12?jaar=2025', mocks: [sessionMock(board), reportMock()] });

    const table = await screen.findByRole('table', { name: 'Beschut werk per gemeente' }, CHARTS);
    const huizen = within(table).getByRole('rowheader', { name: 'Huizen' }).closest('tr')!;
    expect(
      within(huizen)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['<5', '6', 'x']);
  });

  it('downloads the whole report as CSV, a formula-like name escaped', async () => {
    const user = userEvent.setup();
    const { blobs, text } = captureDownloads();
    renderPortal({ path: '/resultaten/AM12?jaar=2025', mocks: [sessionMock(board), reportMock()] });

    await user.click(
      await screen.findByRole('button', { name: 'Download het hele rapport als CSV' }),
    );
    const csv = await text(blobs[0]!);
    expect(csv.startsWith('\uFEFFOnderdeel;Rij;Kolom;Waarde\r\n')).toBe(true);
    expect(csv).toContain("Uitstroom naar werk per gemeente;'=Testgemeente;Gerealiseerd;7\r\n");
    expect(csv).toContain('Beschut werk per gemeente;Huizen;Gerealiseerd;<5\r\n');
  });

  it('downloads one section as CSV', async () => {
    const user = userEvent.setup();
    const { blobs, text } = captureDownloads();
    renderPortal({ path: '/resultaten/AM12?jaar=2025', mocks: [sessionMock(board), reportMock()] });

    await screen.findByRole('region', { name: 'Van voordracht tot plaatsing (personen)' }, CHARTS);
    await user.click(
      screen.getByRole('button', { name: /^Download als CSV ?: Van voordracht tot plaatsing/ }),
    );
    expect(await text(blobs[0]!)).toBe(
      '\uFEFFStap;Personen\r\nVoorgedragen;40\r\nVoorgesteld aan werkgever;25\r\nGeplaatst;<5\r\n',
    );
  });

  it('links to the printable report for the same period', async () => {
    renderPortal({ path: '/resultaten/AM12?jaar=2025', mocks: [sessionMock(board), reportMock()] });

    expect(
      await screen.findByRole('link', { name: 'Printbare versie van het rapport' }),
    ).toHaveAttribute('href', '/resultaten/AM12/rapport?jaar=2025');
  });

  it('says "Geen toegang" for a region outside the board member\'s own', async () => {
    renderPortal({
      path: '/resultaten/AM12?jaar=2025',
      mocks: [
        sessionMock(board),
        {
          request: { query: RegionResultsPageQuery, variables: VARIABLES },
          result: {
            errors: [new GraphQLError('Geen toegang', { extensions: { code: 'FORBIDDEN' } })],
          },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Geen toegang' }),
    ).toBeInTheDocument();
  });
});
