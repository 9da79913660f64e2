/**
 * @jest-environment ./apps/console/test/support/jsdom-with-fetch.js
 *
 * The programme dropdown 统计分析 and 报表 share: it lists the directory's programmes, has the newest
 * (the API's first) chosen until the user picks another, and the page reads the one picked.
 */
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { installBrowserStandIns, renderInConsole } from '../support/render-form';

configure({ asyncUtilTimeout: 10_000 });

installBrowserStandIns((request) => {
  if (new URL(request.url).pathname === '/api/programmes')
    return {
      status: 200,
      body: {
        items: [
          { id: 'spp-2026', title: '2026年重点督办任务', status: 'launched' },
          { id: 'spp-2022', title: '最高检党组2022年重点督办任务', status: 'closed' },
        ],
      },
    };
  return { status: 200, body: { items: [] } };
});

// Imported after the stand-ins: the API client takes the fetch it will use when it is created.
const { ProgrammeSelect, useChosenProgramme } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../src/components/ProgrammeSelect') as typeof import('../../src/components/ProgrammeSelect');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LangProvider } = require('../../src/i18n') as typeof import('../../src/i18n');

/** A page as 统计分析 and 报表 use it: the dropdown, and what the page would read. */
function ReportingPage() {
  const chosen = useChosenProgramme();
  return (
    <>
      <ProgrammeSelect {...chosen} />
      <output data-testid="reads">{chosen.programmeId ?? 'none'}</output>
    </>
  );
}

describe('the programme dropdown of the reporting pages', () => {
  it('given two programmes, when the page opens, then the newest is chosen and read', async () => {
    renderInConsole(
      <LangProvider>
        <ReportingPage />
      </LangProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('reads').textContent).toBe('spp-2026'));
    expect(screen.getByTitle('2026年重点督办任务')).toBeTruthy();
  });

  it('given the newest chosen, when the user picks the older one, then the page reads that one', async () => {
    renderInConsole(
      <LangProvider>
        <ReportingPage />
      </LangProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('reads').textContent).toBe('spp-2026'));
    await act(async () => void fireEvent.mouseDown(screen.getByRole('combobox', { name: '督办批次' })));
    await act(async () => void fireEvent.click(await screen.findByText('最高检党组2022年重点督办任务')));
    await waitFor(() => expect(screen.getByTestId('reads').textContent).toBe('spp-2022'));
  });
});
