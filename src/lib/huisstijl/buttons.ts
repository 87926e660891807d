// The house style's buttons, in one copy: Button.astro, LinkButton.astro and browser scripts that
// make a button (the CMS preview) all take their classes from here.
export type ButtonVariant = 'primary' | 'secondary';
export type ButtonSize = 'md' | 'sm';

// min-h-11: a touch target of at least 44 px (WCAG 2.5.5).
const BASE = 'inline-flex min-h-11 items-center rounded-md py-2 font-semibold';
const SIZES: Record<ButtonSize, string> = { md: 'px-5', sm: 'px-4' };
const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-accent text-on-accent',
  secondary: 'border-2 border-accent text-accent',
};
// A link keeps the hover underline every link has, so it still reads as a link.
const LINK = 'no-underline hover:underline';

/** The classes of a button, or of a link that looks like one (`link`). */
export function buttonClass(variant: ButtonVariant = 'primary', size: ButtonSize = 'md', link = false): string {
  return [BASE, SIZES[size], VARIANTS[variant], link ? LINK : ''].filter(Boolean).join(' ');
}
