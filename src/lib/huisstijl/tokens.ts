// Reads the design tokens from src/styles/tokens.css so the style guide shows what the code uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Token {
  name: string;
  value: string;
  group: 'color' | 'font' | 'text' | 'radius' | 'breakpoint' | 'container' | 'basis';
}

export function parseTokens(css: string): Token[] {
  const tokens: Token[] = [];
  for (const [, name, value] of css.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    if (value.trim() === 'initial') continue;
    const group = name.startsWith('--lwl-') ? 'basis' : (name.split('-')[2] as Token['group']);
    tokens.push({ name, value: value.trim(), group });
  }
  return tokens;
}

export function designTokens(file = join(process.cwd(), 'src/styles/tokens.css')): Token[] {
  return parseTokens(readFileSync(file, 'utf8'));
}
