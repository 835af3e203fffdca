import { PROFILE_COLORS } from '@/db/profiles';

/** A learner's name on their colour (the colour is never the only sign: the name is always shown). */
export function ProfileBadge({ name, color }: { name: string; color: string }) {
  const index = Math.max(0, PROFILE_COLORS.indexOf(color as (typeof PROFILE_COLORS)[number]));
  return (
    <span className="profile-badge" data-color={index}>
      {name}
    </span>
  );
}
