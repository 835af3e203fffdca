// The video-call screen of the 'messenger-chat' simulation: the faces of the people in the call, a way
// to add another person, and the red "Rozłącz" button. The call connects at once: no timers.
import { type Ref, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallFace, ChatIcon } from '@/features/learn/practice/messenger-chat/pictures';
import { useFocusNext } from '@/ui/use-focus-after-change';

type CallScreenProps = {
  /** Everyone on the chat list, in order (for the face colours and the "add person" list). */
  contacts: readonly string[];
  participants: readonly string[];
  nameOf: (contact: string) => string;
  headingRef: Ref<HTMLHeadingElement>;
  /** Tries to add a person; false when it was the wrong one. */
  onAdd: (contact: string) => boolean;
  onHangUp: () => void;
};

export function CallScreen({ contacts, participants, nameOf, headingRef, onAdd, onHangUp }: CallScreenProps) {
  const { t } = useTranslation('sim-messenger-chat');
  const [choosing, setChoosing] = useState(false);
  const [note, setNote] = useState(t('call.connected'));
  const others = contacts.filter((contact) => !participants.includes(contact));
  const addRef = useRef<HTMLButtonElement>(null);
  const hangUpRef = useRef<HTMLButtonElement>(null);
  const firstChoiceRef = useRef<HTMLButtonElement>(null);
  // The list of people replaces the "Dodaj osobę" button and back: focus follows, never lost to the page.
  const focusNext = useFocusNext();

  /** Closes the list; after someone was added, the list of others is one shorter. */
  function closeChoice(added: boolean) {
    setChoosing(false);
    focusNext(others.length > (added ? 1 : 0) ? addRef : hangUpRef);
  }
  return (
    <div className="messenger-chat__screen messenger-chat__call">
      <h3 ref={headingRef} tabIndex={-1} className="messenger-chat__title">
        {t('call.title')}
      </h3>
      <p role="status">{note}</p>
      <ul className="messenger-chat__tiles" aria-label={t('call.people')}>
        {participants.map((contact) => (
          <li key={contact} className="messenger-chat__tile">
            <CallFace tone={contacts.indexOf(contact)} />
            <span>{nameOf(contact)}</span>
          </li>
        ))}
        <li className="messenger-chat__tile messenger-chat__tile--me">
          <CallFace tone={4} />
          <span>{t('call.you')}</span>
        </li>
      </ul>
      {choosing ? (
        <fieldset className="messenger-chat__choose">
          <legend className="messenger-chat__panel-title">{t('call.choose')}</legend>
          {others.map((contact, index) => (
            <button
              key={contact}
              ref={index === 0 ? firstChoiceRef : undefined}
              type="button"
              className="button button--quiet sim__wide messenger-chat__wide"
              onClick={() => {
                if (onAdd(contact)) {
                  closeChoice(true);
                  setNote(t('call.joined', { name: nameOf(contact) }));
                }
              }}
            >
              {nameOf(contact)}
            </button>
          ))}
          <button type="button" className="button button--quiet" onClick={() => closeChoice(false)}>
            {t('call.cancel')}
          </button>
        </fieldset>
      ) : null}
      <div className="messenger-chat__row">
        {others.length > 0 && !choosing ? (
          <button
            ref={addRef}
            type="button"
            className="button button--quiet"
            onClick={() => {
              setChoosing(true);
              focusNext(firstChoiceRef);
            }}
          >
            <ChatIcon name="addPerson" />
            {t('call.addPerson')}
          </button>
        ) : null}
        <button ref={hangUpRef} type="button" className="button messenger-chat__hang-up" onClick={onHangUp}>
          <ChatIcon name="hangUp" />
          {t('call.hangUp')}
        </button>
      </div>
    </div>
  );
}
