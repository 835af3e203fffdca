// Content half of the 'messenger-chat' simulation: its config schema and the words a config needs.
// A made-up messenger with a list of chats; the config chooses the task (a text, a photo, a voice
// message, a video call, or turning on two-step verification), the people and who the task is for.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

/** The tasks the simulated messenger can set. */
export const MESSENGER_TASKS = ['text', 'photo', 'voice', 'videoCall', 'twoStep'] as const;
export type MessengerTask = (typeof MESSENGER_TASKS)[number];

/** The photos drawn by the simulation for its pretend gallery (their names are in sim-messenger-chat). */
export const GALLERY_PHOTOS = ['cake', 'cat', 'flowers', 'garden'] as const;
export type GalleryPhoto = (typeof GALLERY_PHOTOS)[number];

const wordKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use a camelCase word (letters and digits)');

/** Tasks in which the learner sends something and the family member replies. */
const SENDING_TASKS: readonly MessengerTask[] = ['text', 'photo', 'voice'];

export const messengerChatSimulation = defineSimulation({
  schema: z
    .object({
      kind: z.literal('messenger-chat'),
      task: z.enum(MESSENGER_TASKS),
      /** The people on the chat list, in order; each name is the word `contacts.<id>`. */
      contacts: z.array(wordKey).min(2).max(5),
      /** Whom the message or call is for (every task but `twoStep`). */
      to: wordKey.optional(),
      /** Earlier messages in the chat with `to`, oldest first; each text is `history.<id>`. */
      history: z
        .array(z.object({ id: wordKey, fromMe: z.boolean() }))
        .max(4)
        .optional(),
      /** `photo` task: the pictures in the pretend gallery and the one to send. */
      photos: z.array(z.enum(GALLERY_PHOTOS)).min(2).max(4).optional(),
      photo: z.enum(GALLERY_PHOTOS).optional(),
      /** `voice` task: the recording must be listened to before it is sent. */
      listenFirst: z.boolean().optional(),
      /** `videoCall` task: a second person to add to the call before it ends (a group call). */
      addParticipant: wordKey.optional(),
    })
    .superRefine((config, context) => {
      const issue = (message: string, path: string) =>
        context.addIssue({ code: 'custom', message, path: [path] });
      const known = new Set(config.contacts);
      if (known.size !== config.contacts.length) issue('contact ids must be unique', 'contacts');
      if (config.task !== 'twoStep' && !config.to) issue(`the ${config.task} task needs "to"`, 'to');
      if (config.to && !known.has(config.to)) issue('"to" must be one of the contacts', 'to');
      if (config.task === 'photo') {
        if (!config.photos || !config.photo) issue('the photo task needs "photos" and "photo"', 'photos');
        else if (!config.photos.includes(config.photo)) issue('"photo" must be one of "photos"', 'photo');
      }
      if (config.addParticipant) {
        if (config.task !== 'videoCall')
          issue('"addParticipant" is for the videoCall task', 'addParticipant');
        if (!known.has(config.addParticipant) || config.addParticipant === config.to)
          issue('"addParticipant" must be another of the contacts', 'addParticipant');
      }
    }),
  // `lessonWords` may call this before the config is validated, so a missing list means none.
  words: (config) => [
    ...(config.contacts ?? []).map((id) => `contacts.${id}`),
    ...(config.history ?? []).map((message) => `history.${message.id}`),
    ...(SENDING_TASKS.includes(config.task) ? ['reply'] : []),
  ],
});

export type MessengerChatConfig = z.infer<typeof messengerChatSimulation.schema>;
