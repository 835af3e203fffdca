import { type RefObject, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beep } from '@/features/workshops/attendance/beep';
import { SCANS_PER_SECOND, scanFrame } from '@/features/workshops/attendance/scan-frames';
import { attendanceStore, type SessionSheet } from '@/features/workshops/data/attendance';
import { numberKey } from '@/features/workshops/data/members';
import { progressStore } from '@/features/workshops/data/record-progress';
import { staffSession } from '@/features/workshops/staff-session';
import { StorageProblemAlert, useSave } from '@/features/workshops/staff-ui';
import { parseScannedPayload } from '@/lib/qr-payloads';

/** The same code seen again within this time is one scan, not two (a card held up for a while): 3 s. */
const REPEAT_MS = 3000;

type CameraProblem = 'denied' | 'missing' | 'unsupported' | 'failed';
type Outcome =
  | { kind: 'marked'; name: string }
  | { kind: 'notInGroup'; number: string }
  | { kind: 'unknown' }
  | { kind: 'progressSaved'; name: string; count: number };
type PendingProgress = { lessonIds: string[] };

function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  return 'failed';
}

/** Opens the camera and calls `onCode` with each QR text read from it; stops the camera on unmount. */
function useCameraScan(onCode: (text: string) => void): {
  videoRef: RefObject<HTMLVideoElement | null>;
  problem: CameraProblem | undefined;
} {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [problem, setProblem] = useState<CameraProblem>();
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;

  useEffect(() => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem('unsupported');
      return;
    }
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((opened) => {
        stream = opened;
        if (stopped) return;
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = opened;
        void video.play().catch(() => undefined);
        timer = window.setInterval(() => {
          const text = scanFrame(video, canvas);
          if (text !== undefined) onCodeRef.current(text);
        }, 1000 / SCANS_PER_SECOND);
      })
      .catch((error: unknown) => {
        if (!stopped) setProblem(cameraProblem(error));
      });
    return () => {
      stopped = true;
      window.clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);
  return { videoRef, problem };
}

function ProgressOwner({
  sheet,
  pending,
  suggested,
  onSaved,
}: {
  sheet: SessionSheet;
  pending: PendingProgress;
  suggested: string | undefined;
  onSaved: (outcome: Outcome) => void;
}) {
  const { t } = useTranslation(['workshops']);
  const save = useSave();
  const [memberId, setMemberId] = useState(suggested ?? '');
  const selectId = useId();
  async function record() {
    const member = sheet.members.find((candidate) => candidate.id === memberId);
    if (!member) return;
    let count = 0;
    const ok = await save.run(async () => {
      count = await progressStore.recordFinished(member.id, pending.lessonIds);
    });
    if (ok) onSaved({ kind: 'progressSaved', name: member.name, count });
  }
  return (
    <div className="scan-progress">
      <p>{t('scan.progressFound', { count: pending.lessonIds.length })}</p>
      <div className="field">
        <label htmlFor={selectId}>{t('scan.progressWhose')}</label>
        <select id={selectId} value={memberId} onChange={(event) => setMemberId(event.target.value)}>
          <option value="">{t('scan.progressChoose')}</option>
          {sheet.members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name} ({member.memberNumber})
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" disabled={memberId === ''} onClick={() => void record()}>
        {t('scan.progressSave')}
      </button>
      <StorageProblemAlert code={save.problem} />
    </div>
  );
}

/**
 * Scans members' QR cards with the device camera, offline: a card of a member of this group marks them
 * present, with a beep and a visible confirmation; any other code says so and marks nothing. A progress
 * card asks whose it is, then records their finished lessons.
 */
export function CardScanner({ sheet }: { sheet: SessionSheet }) {
  const { t } = useTranslation(['workshops']);
  const save = useSave();
  const [outcome, setOutcome] = useState<Outcome>();
  const [pending, setPending] = useState<PendingProgress>();
  const lastSeen = useRef<{ text: string; at: number }>({ text: '', at: 0 });
  const lastMember = useRef<string | undefined>(undefined);

  const handle = useCallback(
    (text: string) => {
      const now = Date.now();
      if (text === lastSeen.current.text && now - lastSeen.current.at < REPEAT_MS) return;
      lastSeen.current = { text, at: now };
      staffSession.noteActivity();
      const payload = parseScannedPayload(text);
      if (payload.kind === 'member') {
        const key = numberKey(payload.memberNumber);
        const member = sheet.members.find((candidate) => numberKey(candidate.memberNumber) === key);
        if (!member) {
          beep('error');
          setOutcome({ kind: 'notInGroup', number: payload.memberNumber });
          return;
        }
        lastMember.current = member.id;
        void save
          .run(() => attendanceStore.mark(sheet.session.id, member.id, 'present'))
          .then((ok) => {
            if (!ok) return;
            beep('ok');
            setOutcome({ kind: 'marked', name: member.name });
          });
        return;
      }
      if (payload.kind === 'progress') {
        beep('ok');
        setOutcome(undefined);
        setPending({ lessonIds: payload.lessonIds });
        return;
      }
      beep('error');
      setOutcome({ kind: 'unknown' });
    },
    [sheet, save],
  );
  const { videoRef, problem } = useCameraScan(handle);

  return (
    <section className="scanner" aria-labelledby="scanner-title">
      <h2 id="scanner-title">{t('scan.title')}</h2>
      <p className="hint">{t('scan.hint')}</p>
      {problem ? (
        <p className="field-error" role="alert">
          {t(`scan.camera.${problem}`)}
        </p>
      ) : (
        <video ref={videoRef} className="scanner__video" muted playsInline aria-label={t('scan.preview')} />
      )}
      <div className="scanner__result" role="status" aria-live="polite">
        {outcome ? (
          <p
            className={`scan-outcome scan-outcome--${outcome.kind === 'marked' || outcome.kind === 'progressSaved' ? 'ok' : 'error'}`}
          >
            {outcome.kind === 'marked'
              ? t('scan.marked', { name: outcome.name })
              : outcome.kind === 'notInGroup'
                ? t('scan.notInGroup', { number: outcome.number })
                : outcome.kind === 'progressSaved'
                  ? t('scan.progressSaved', { name: outcome.name, count: outcome.count })
                  : t('scan.unknown')}
          </p>
        ) : null}
      </div>
      {pending ? (
        <ProgressOwner
          key={pending.lessonIds.join(',')}
          sheet={sheet}
          pending={pending}
          suggested={lastMember.current}
          onSaved={(saved) => {
            setPending(undefined);
            setOutcome(saved);
          }}
        />
      ) : null}
      <StorageProblemAlert code={save.problem} />
    </section>
  );
}
