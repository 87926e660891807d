// Stops a file that the build would refuse (SVG, HTML, script, a renamed file, too large) before
// Decap uploads it, and tells the editor why in plain Dutch. Decap has no upload event, so this
// listens for `change` on file inputs in the capture phase, above React's root listener: the event
// is held back, the file judged by its first bytes (src/lib/editorial/media-types.ts, the build's own rules),
// and only a good file's event is sent on to Decap.
import {
  IMAGE_KINDS,
  judgeMediaFile,
  MEDIA_TYPES,
  problemTextNl,
  SNIFF_BYTES,
  acceptList,
  type MediaKind,
} from '../../lib/editorial/media-types';

/** What the guard needs of a picked file (the browser's File; tests use Node's). */
export interface PickedFile {
  name: string;
  size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

const ALL_KINDS = Object.keys(MEDIA_TYPES) as MediaKind[];

/** Dutch messages for the files that may not be uploaded; empty when all are fine. With
 *  `imagesOnly` (an image field's picker) a PDF is refused too. */
export async function refusals(files: Iterable<PickedFile>, imagesOnly = false): Promise<string[]> {
  const messages: string[] = [];
  for (const file of files) {
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    const verdict = judgeMediaFile(file.name, head, file.size);
    if (!verdict.ok) messages.push(problemTextNl(file.name, verdict.problem));
    else if (imagesOnly && !IMAGE_KINDS.includes(verdict.kind)) {
      messages.push(
        `"${file.name}" is een ${MEDIA_TYPES[verdict.kind].label}-bestand. Hier kun je alleen een afbeelding kiezen: JPEG, PNG, WebP of AVIF.`,
      );
    }
  }
  return messages;
}

interface FileInput extends EventTarget {
  type: string;
  accept: string;
  value: string;
  files: Iterable<PickedFile> | null;
  dataset: Record<string, string | undefined>;
}

const isFileInput = (target: EventTarget | null): target is FileInput =>
  !!target && (target as Partial<FileInput>).type === 'file' && 'files' in target;

/** Decap marks an image field's picker with accept="image/*"; remember that before we narrow it. */
function kindsOf(input: FileInput): 'images' | 'media' {
  input.dataset.lwlKinds ??= input.accept === 'image/*' ? 'images' : 'media';
  return input.dataset.lwlKinds === 'images' ? 'images' : 'media';
}

/**
 * @param root where to listen (the window in the admin; an input's parent chain is under it)
 * @param notify shows a message to the editor (window.alert in the admin)
 */
export function installMediaGuard(root: EventTarget, notify: (message: string) => void): void {
  // Events the guard sent on itself after the check; they pass.
  const approved = new WeakSet<Event>();

  // The file dialog offers only what may be uploaded.
  root.addEventListener(
    'click',
    (event) => {
      const input = event.target;
      if (isFileInput(input)) input.accept = acceptList(kindsOf(input) === 'images' ? IMAGE_KINDS : ALL_KINDS);
    },
    true,
  );

  root.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!isFileInput(input) || approved.has(event) || !input.files) return;
      event.stopImmediatePropagation();
      const files = [...input.files];
      if (!files.length) return;
      void refusals(files, kindsOf(input) === 'images').then(
        (messages) => {
          if (messages.length) {
            input.value = '';
            notify(`Dit bestand kan niet op de site.\n\n${messages.join('\n\n')}`);
            return;
          }
          const again = new Event('change', { bubbles: true });
          approved.add(again);
          input.dispatchEvent(again);
        },
        () => {
          input.value = '';
          notify('Het bestand kon niet worden gelezen. Kies het opnieuw.');
        },
      );
    },
    true,
  );
}
