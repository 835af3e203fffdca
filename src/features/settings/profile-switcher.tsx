import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { profilesStore, useProfiles } from '@/features/settings/data/use-profiles';
import { ProfileBadge } from '@/features/settings/profile-badge';

/** Who is learning now, in the header of a shared device; one tap switches. Invisible on a personal phone. */
export function ProfileSwitcher() {
  const { t } = useTranslation('settings');
  const state = useProfiles();
  const [open, setOpen] = useState(false);
  if (!state || state.profiles.length < 2) return null;
  const active = state.profiles.find((profile) => profile.id === state.activeId) ?? state.profiles[0];
  if (!active) return null;

  return (
    <div className="profile-switcher">
      <button
        type="button"
        className="profile-switcher__toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('profiles.switcher.learning', { name: active.name })}
      </button>
      {open ? (
        <fieldset className="profile-switcher__list">
          <legend>{t('profiles.switcher.choose')}</legend>
          {state.profiles.map((profile) => (
            <button
              key={profile.id}
              type="button"
              className="button button--quiet"
              aria-pressed={profile.id === active.id}
              onClick={() => {
                void profilesStore.switchTo(profile.id);
                setOpen(false);
              }}
            >
              <ProfileBadge name={profile.name} color={profile.color} />
            </button>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
