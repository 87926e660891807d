// Reads the page's main content with window.speechSynthesis in Dutch. No third-party service.

/** Splits text into sentence-sized chunks; some browsers stop long utterances halfway. */
export function chunkText(text: string, max = 220): string[] {
  const sentences =
    text
      .replace(/\s+/g, ' ')
      .trim()
      .match(/[^.!?]+[.!?]*\s*/g) ?? [];
  const chunks: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if ((current + sentence).length > max && current) {
      chunks.push(current.trim());
      current = '';
    }
    current += sentence;
  }
  if (current.trim()) chunks.push(current.trim());
  return chunks;
}

/** The text a visitor sees in main, without hidden parts and without the button itself. */
export function readableText(main: HTMLElement): string {
  const clone = main.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[hidden], [aria-hidden="true"], script, style, [data-read-aloud], .sr-only').forEach((n) => n.remove());
  clone.querySelectorAll('h1, h2, h3, h4, li, p, td, th, dt, dd').forEach((n) => n.append('. '));
  return clone.textContent?.replace(/\.\s*\./g, '.') ?? '';
}

export function enhanceReadAloud(root: HTMLElement): void {
  const synth = window.speechSynthesis;
  const main = document.querySelector<HTMLElement>('main');
  const button = root.querySelector<HTMLButtonElement>('[data-read-aloud-button]');
  const label = root.querySelector<HTMLElement>('[data-read-aloud-label]');
  if (!synth || !main || !button || !label || typeof SpeechSynthesisUtterance === 'undefined') return;
  root.hidden = false;

  const dutchVoice = () => synth.getVoices().find((v) => v.lang.toLowerCase().startsWith('nl'));
  const setPlaying = (playing: boolean) => {
    button.setAttribute('aria-pressed', String(playing));
    label.textContent = playing ? 'Stop met voorlezen' : 'Lees voor';
  };

  button.addEventListener('click', () => {
    if (synth.speaking) {
      synth.cancel();
      setPlaying(false);
      return;
    }
    const chunks = chunkText(readableText(main));
    const voice = dutchVoice();
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.lang = 'nl-NL';
      if (voice) utterance.voice = voice;
      utterance.rate = 0.95;
      if (i === chunks.length - 1) utterance.onend = () => setPlaying(false);
      synth.speak(utterance);
    });
    setPlaying(true);
  });
  window.addEventListener('pagehide', () => synth.cancel());
}
