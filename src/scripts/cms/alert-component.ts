// Lets editors insert the allowlisted <Alert> component (src/components/content/Alert.astro) without
// typing MDX. What it writes is exactly what the build's safety check accepts.
const KINDS = [
  { label: 'Goed om te weten', value: 'info' },
  { label: 'Let op', value: 'warning' },
];

/** Braces and angle brackets in the text would be MDX code; escape them. */
const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/([{}<>])/g, '\\$1');
const unescape = (text: string) => text.replace(/\\([\\{}<>])/g, '$1');

export const alertEditorComponent = {
  id: 'alert',
  label: 'Opvallend blok',
  fields: [
    { name: 'kind', label: 'Soort', widget: 'select', options: KINDS, default: 'info' },
    { name: 'text', label: 'Tekst', widget: 'text' },
  ],
  pattern: /^<Alert kind="(info|warning)">\n([\s\S]*?)\n<\/Alert>$/,
  fromBlock: (match: RegExpMatchArray) => ({ kind: match[1], text: unescape(match[2]) }),
  toBlock: (data: { kind?: string; text?: string }) =>
    `<Alert kind="${data.kind === 'warning' ? 'warning' : 'info'}">\n${escape(data.text ?? '')}\n</Alert>`,
  toPreview: (data: { kind?: string; text?: string }) => {
    const label = data.kind === 'warning' ? 'Let op' : 'Goed om te weten';
    const text = (data.text ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    return `<div class="my-4 rounded-md border-l-8 border-accent bg-wash p-4" role="note"><p class="font-bold">${label}</p><div class="mt-1">${text}</div></div>`;
  },
};
