import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_COLORS } from '@/db/profiles';
import { classifyStorageError } from '@/db/storage-problems';
import { profilesStore, useProfiles } from '@/features/settings/data/use-profiles';
import { ProfileBadge } from '@/features/settings/profile-badge';
import { ChoiceGroup } from '@/ui/choice-group';

const colourChoices = (label: (index: number) => string) =>
  PROFILE_COLORS.map((color, index) => ({
    value: color,
    label: (
      <span className="with-icon">
        <span className="profile-dot" data-color={index} aria-hidden="true" />
        {label(index)}
      </span>
    ),
  }));

/** Several learners on one workshop tablet: add a person, and switch with one tap. */
export function ProfilesSection() {
  const { t } = useTranslation(['settings', 'common']);
  const state = useProfiles();
  const [currentName, setCurrentName] = useState('');
  const [currentColour, setCurrentColour] = useState<string>(PROFILE_COLORS[0]);
  const [name, setName] = useState('');
  const [colour, setColour] = useState<string>(PROFILE_COLORS[1]);
  const [message, setMessage] = useState<{ tone: 'ok' | 'problem'; text: string }>();
  const currentId = useId();
  const newId = useId();
  const colourName = (index: number) => t(`profiles.colours.c${index}` as 'profiles.colours.c0');
  if (!state) return null;
  const first = state.profiles.length === 0;

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || (first && !currentName.trim())) {
      setMessage({ tone: 'problem', text: t('profiles.nameRequired') });
      return;
    }
    try {
      await profilesStore.add(
        { name, color: colour },
        first ? { name: currentName, color: currentColour } : undefined,
      );
      setMessage({ tone: 'ok', text: t('profiles.added', { name: name.trim() }) });
      setName('');
    } catch (error) {
      setMessage({ tone: 'problem', text: t(`common:errors.storage.${classifyStorageError(error)}`) });
    }
  }

  return (
    <section className="settings-section" aria-labelledby="profiles-title">
      <h2 id="profiles-title">{t('profiles.title')}</h2>
      <p>{t('profiles.intro')}</p>
      {state.profiles.length > 0 ? (
        <>
          <h3>{t('profiles.list')}</h3>
          <ul className="profile-list">
            {state.profiles.map((profile) => (
              <li key={profile.id}>
                <ProfileBadge name={profile.name} color={profile.color} />
                {profile.id === state.activeId ? (
                  <span className="profile-list__active">{t('profiles.active')}</span>
                ) : (
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => void profilesStore.switchTo(profile.id)}
                  >
                    {t('profiles.switchTo', { name: profile.name })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form className="form" onSubmit={(event) => void add(event)} noValidate>
        {first ? (
          <>
            <div className="field">
              <label htmlFor={currentId}>{t('profiles.yourName')}</label>
              <input
                id={currentId}
                value={currentName}
                autoComplete="off"
                onChange={(event) => setCurrentName(event.target.value)}
              />
            </div>
            <ChoiceGroup
              legend={t('profiles.yourColour')}
              name="current-colour"
              value={currentColour}
              onChange={setCurrentColour}
              choices={colourChoices(colourName)}
            />
          </>
        ) : null}
        <div className="field">
          <label htmlFor={newId}>{t('profiles.newName')}</label>
          <input
            id={newId}
            value={name}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <ChoiceGroup
          legend={t('profiles.colour')}
          name="new-colour"
          value={colour}
          onChange={setColour}
          choices={colourChoices(colourName)}
        />
        <button type="submit" className="button">
          {t('profiles.add')}
        </button>
      </form>
      <div aria-live="polite">
        {message ? (
          <p className={message.tone === 'ok' ? 'message-ok' : 'field-error'}>{message.text}</p>
        ) : null}
      </div>
    </section>
  );
}
