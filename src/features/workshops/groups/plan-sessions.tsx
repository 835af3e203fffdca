import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODULES } from '@/content/catalogue';
import type { GroupRecord } from '@/db/records';
import { groupsStore, MAX_SERIES_COUNT, planDates, type SessionPlan } from '@/features/workshops/data/groups';
import { todayIso } from '@/features/workshops/data/members';
import { StorageProblemAlert, TextField, useDateTimeFormat, useSave } from '@/features/workshops/staff-ui';
import { ChoiceGroup } from '@/ui/choice-group';

type Said = (key: string, options?: Record<string, unknown>) => string;

/** Monday first, as Polish calendars show the week; values are Date.getDay() numbers. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

function LessonChoices({
  group,
  chosen,
  onChange,
}: {
  group: GroupRecord;
  chosen: string[];
  onChange: (next: string[]) => void;
}) {
  const modules = MODULES.filter((module) => group.moduleIds.includes(module.id) && !module.preparing);
  const { t } = useTranslation(['workshops', 'learn', ...modules.map((module) => module.namespace)]);
  const said = t as unknown as Said;
  if (modules.length === 0) return <p className="hint">{t('plan.noModules')}</p>;
  return (
    <fieldset className="choice-group">
      <legend>{t('plan.lessons')}</legend>
      {modules.map((module) => (
        <div key={module.id}>
          <p className="plan-module">{said(`learn:modules.${module.key}.title`)}</p>
          {module.lessons.map((lesson) => (
            <label key={lesson.id} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(lesson.id)}
                onChange={(event) =>
                  onChange(
                    event.target.checked ? [...chosen, lesson.id] : chosen.filter((id) => id !== lesson.id),
                  )
                }
              />
              <span>{said(`${module.namespace}:lessons.${lesson.key}.title`)}</span>
            </label>
          ))}
        </div>
      ))}
    </fieldset>
  );
}

/** Plans one session or a weekly series for a group, with venue and lessons. */
export function PlanSessions({ group }: { group: GroupRecord }) {
  const { t, i18n } = useTranslation(['workshops', 'common']);
  const save = useSave();
  const formatDate = useDateTimeFormat();
  const [kind, setKind] = useState<SessionPlan['kind']>('weekly');
  const [date, setDate] = useState(todayIso());
  const [weekday, setWeekday] = useState(new Date().getDay());
  const [time, setTime] = useState('10:00');
  const [count, setCount] = useState('10');
  const [venue, setVenue] = useState('');
  const [lessonIds, setLessonIds] = useState<string[]>([]);
  const [saved, setSaved] = useState<string>();
  const weekdayId = useId();
  const countId = useId();
  const dayName = (day: number) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'pl', { weekday: 'long' }).format(
      new Date(2026, 0, 4 + day),
    );

  const plan: SessionPlan =
    kind === 'single'
      ? { kind, date, time }
      : { kind, startDate: date, weekday, time, count: Number(count) || 1 };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dates = planDates(plan);
    const ok = await save.run(() => groupsStore.planSessions(group.id, plan, venue, lessonIds));
    if (ok) {
      setSaved(
        t('plan.saved', {
          count: dates.length,
          first: formatDate(dates[0] ?? ''),
          last: formatDate(dates.at(-1) ?? ''),
        }),
      );
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="plan-title">
      <h2 id="plan-title">{t('plan.title')}</h2>
      <ChoiceGroup<SessionPlan['kind']>
        legend={t('plan.kind')}
        name="plan-kind"
        value={kind}
        choices={[
          { value: 'weekly', label: t('plan.weekly') },
          { value: 'single', label: t('plan.single') },
        ]}
        onChange={setKind}
      />
      <TextField
        label={kind === 'single' ? t('plan.date') : t('plan.startDate')}
        type="date"
        value={date}
        onChange={setDate}
      />
      {kind === 'weekly' ? (
        <>
          <div className="field">
            <label htmlFor={weekdayId}>{t('plan.weekday')}</label>
            <select
              id={weekdayId}
              value={weekday}
              onChange={(event) => setWeekday(Number(event.target.value))}
            >
              {WEEKDAYS.map((day) => (
                <option key={day} value={day}>
                  {dayName(day)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={countId}>{t('plan.count')}</label>
            <input
              id={countId}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_SERIES_COUNT}
              value={count}
              onChange={(event) => setCount(event.target.value)}
            />
          </div>
        </>
      ) : null}
      <TextField label={t('plan.time')} type="time" value={time} onChange={setTime} />
      <TextField label={t('plan.venue')} hint={t('plan.venueHint')} value={venue} onChange={setVenue} />
      <LessonChoices group={group} chosen={lessonIds} onChange={setLessonIds} />
      <StorageProblemAlert code={save.problem} />
      {saved ? (
        <p className="message-ok" role="status">
          {saved}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button">
          {kind === 'single' ? t('plan.saveSingle') : t('plan.saveWeekly')}
        </button>
      </div>
    </form>
  );
}
