// The composer of the 'messenger-chat' simulation's chat: a text box, a pretend gallery with a preview
// and a tap-to-record voice message that can be listened to before it is sent.
import '@/features/learn/practice/messenger-chat/composer.css';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GalleryPhoto } from '@/content/simulations/messenger-chat';
import type { ConversationProps } from '@/features/learn/practice/messenger-chat/conversation';
import { ChatIcon, GalleryPicture } from '@/features/learn/practice/messenger-chat/pictures';
import { useFocusNext } from '@/ui/use-focus-after-change';

type ComposerMode = { name: 'write' } | { name: 'gallery' } | { name: 'preview'; photo: GalleryPhoto };
type Recording = 'idle' | 'recording' | 'ready';

export function Composer({
  config,
  onSend,
  onProblem,
}: Pick<ConversationProps, 'config' | 'onSend' | 'onProblem'>) {
  const { t } = useTranslation('sim-messenger-chat');
  const [draft, setDraft] = useState('');
  const [mode, setMode] = useState<ComposerMode>({ name: 'write' });
  const [recording, setRecording] = useState<Recording>('idle');
  const [listened, setListened] = useState(false);
  const [voiceNote, setVoiceNote] = useState('');
  const fieldId = useId();
  const chosenId = useId();
  const chosenRef = useRef<HTMLParagraphElement>(null);
  const photoButtonRef = useRef<HTMLButtonElement>(null);
  const recordButtonRef = useRef<HTMLButtonElement>(null);
  const listenRef = useRef<HTMLButtonElement>(null);
  const photos = config.photos ?? ['cake', 'cat', 'flowers'];
  // When a panel replaces the button that had focus, focus moves to where the learner continues.
  const focusNext = useFocusNext();

  function sendText() {
    if (draft.trim() === '') {
      onProblem(t('problem.emptyText'));
      return;
    }
    if (onSend({ kind: 'text', text: draft.trim() })) setDraft('');
  }

  function choose(photo: GalleryPhoto) {
    setMode({ name: 'preview', photo });
    focusNext(chosenRef);
  }

  function closeGallery() {
    setMode({ name: 'write' });
    focusNext(photoButtonRef);
  }

  function toggleRecording() {
    if (recording === 'recording') {
      setRecording('ready');
      setListened(false);
      setVoiceNote(t('voice.ready'));
      focusNext(listenRef);
    } else {
      setRecording('recording');
      setVoiceNote(t('voice.recording'));
    }
  }

  function clearRecording(note: string) {
    setRecording('idle');
    setListened(false);
    setVoiceNote(note);
    focusNext(recordButtonRef);
  }

  if (mode.name === 'gallery') {
    return (
      <div className="messenger-chat__composer">
        <fieldset className="messenger-chat__gallery-set">
          <legend className="messenger-chat__panel-title">{t('gallery.title')}</legend>
          <ul className="messenger-chat__gallery">
            {photos.map((photo) => (
              <li key={photo}>
                <button type="button" className="messenger-chat__photo-button" onClick={() => choose(photo)}>
                  <GalleryPicture photo={photo} />
                  <span>{t(`photos.${photo}`)}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--quiet" onClick={closeGallery}>
            {t('gallery.cancel')}
          </button>
        </fieldset>
      </div>
    );
  }

  if (mode.name === 'preview') {
    const photoName = t(`photos.${mode.photo}`);
    return (
      <div className="messenger-chat__composer">
        <div className="messenger-chat__preview">
          <GalleryPicture photo={mode.photo} />
        </div>
        <p id={chosenId} ref={chosenRef} tabIndex={-1} className="messenger-chat__panel-title">
          {t('gallery.chosen', { photo: photoName })}
        </p>
        <div className="messenger-chat__row">
          <button
            type="button"
            className="button"
            aria-describedby={chosenId}
            onClick={() => {
              if (onSend({ kind: 'photo', photo: mode.photo })) closeGallery();
            }}
          >
            <ChatIcon name="send" />
            {t('gallery.send')}
          </button>
          <button type="button" className="button button--quiet" onClick={closeGallery}>
            {t('gallery.cancel')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="messenger-chat__composer">
      <p className="messenger-chat__voice-note" role="status">
        {voiceNote}
      </p>
      {recording === 'ready' ? (
        <div key="recorded" className="messenger-chat__row">
          <button
            ref={listenRef}
            type="button"
            className="button button--quiet"
            onClick={() => {
              setListened(true);
              setVoiceNote(t('voice.listened'));
            }}
          >
            {t('voice.listen')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => clearRecording(t('voice.deleted'))}
          >
            {t('voice.delete')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (onSend({ kind: 'voice', listened })) clearRecording('');
            }}
          >
            <ChatIcon name="send" />
            {t('voice.send')}
          </button>
        </div>
      ) : (
        <div key="tools" className="messenger-chat__row">
          <button
            ref={photoButtonRef}
            type="button"
            className="button button--quiet"
            disabled={recording === 'recording'}
            onClick={() => setMode({ name: 'gallery' })}
          >
            <ChatIcon name="photo" />
            {t('chat.photo')}
          </button>
          <button
            ref={recordButtonRef}
            type="button"
            className={`button ${recording === 'recording' ? 'messenger-chat__recording' : 'button--quiet'}`}
            onClick={toggleRecording}
          >
            <ChatIcon name={recording === 'recording' ? 'stop' : 'mic'} />
            {recording === 'recording' ? t('chat.stop') : t('chat.record')}
          </button>
        </div>
      )}
      <form
        className="messenger-chat__write"
        onSubmit={(event) => {
          event.preventDefault();
          sendText();
        }}
      >
        <label htmlFor={fieldId}>{t('chat.messageLabel')}</label>
        <div className="messenger-chat__row">
          <input
            id={fieldId}
            className="messenger-chat__input"
            type="text"
            autoComplete="off"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button">
            <ChatIcon name="send" />
            {t('chat.send')}
          </button>
        </div>
      </form>
    </div>
  );
}
