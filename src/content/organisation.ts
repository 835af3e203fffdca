// The organisation that provides the app to its learners, named in the accessibility statement.
// An organisation deploying its own copy changes these two lines.
export const ORGANISATION = {
  name: 'Miejski Dom Kultury w Zduńskiej Woli',
  website: 'mdk-zdunskawola.pl',
} as const;
