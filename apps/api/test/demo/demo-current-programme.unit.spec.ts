import {
  CURRENT_PROGRAMME_ID,
  addDays,
  anchorDayOf,
  currentProgramme,
  currentStories,
} from '../../src/demo/demo-current-programme';

describe('the live demo programme', () => {
  describe('given any anchor day', () => {
    it.each(['2026-12-02', '2027-01-05', '2028-02-29'])(
      'is named after the anchor day’s year, and gives that day back from its issue date (%s)',
      (anchorDay) => {
        const programme = currentProgramme(anchorDay);
        expect(programme).toMatchObject({
          programmeId: CURRENT_PROGRAMME_ID,
          year: Number(anchorDay.slice(0, 4)),
          title: `最高检党组${anchorDay.slice(0, 4)}年重点督办任务`,
        });
        expect(anchorDayOf(programme)).toBe(anchorDay);
      },
    );

    it('dates every act before the anchor day, so that none lies in the future of the first seeding', () => {
      const acts = currentStories('2027-01-05').flatMap((story) => story.acts);
      expect(acts.length).toBeGreaterThan(30);
      for (const act of acts) expect(act.on < '2027-01-05').toBe(true);
    });

    it('names its tasks without the year, so that examples stay true whatever the year of the first seeding', () => {
      const ids = (anchorDay: string) => currentStories(anchorDay).map((story) => story.task.taskId);
      expect(ids('2026-12-02')).toEqual(ids('2031-06-30'));
      expect(ids('2026-12-02')).toContain('spp-current-01');
    });
  });

  it('counts calendar days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-05', -40)).toBe('2026-11-26');
  });
});
