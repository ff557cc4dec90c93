/**
 * Images drawn at build time: satori lays out a tree of plain nodes as SVG with Noto Sans JP from
 * npm, and @resvg/resvg-js turns the SVG into a PNG. No network, no system font.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import type { ReactNode } from 'react';

/** A satori node: the shape of a React element, built without React. */
export interface Node {
  readonly type: string;
  readonly props: Readonly<Record<string, unknown>> & { readonly children?: unknown };
  readonly key: null;
}

export function h(
  type: string,
  props: Record<string, unknown>,
  ...children: (Node | string)[]
): Node {
  return {
    type,
    props: { ...props, children: children.length === 1 ? children[0] : children },
    key: null,
  };
}

/** Noto Sans JP, regular and bold. Loading is slow: load once and pass the result on. */
export function loadFonts(): Font[] {
  const require = createRequire(import.meta.url);
  const file = (weight: string) =>
    readFileSync(
      require.resolve(`@expo-google-fonts/noto-sans-jp/${weight}/NotoSansJP_${weight}.ttf`),
    );
  return [
    { name: 'Noto Sans JP', data: file('400Regular'), weight: 400, style: 'normal' },
    { name: 'Noto Sans JP', data: file('700Bold'), weight: 700, style: 'normal' },
  ];
}

/** Renders a node tree to PNG bytes at exactly `width` x `height` CSS pixels. */
export async function renderPng(
  node: Node,
  fonts: Font[],
  width: number,
  height: number,
): Promise<Buffer> {
  // satori takes React elements; a node has their shape without React itself.
  const element: ReactNode = node;
  const svg = await satori(element, { width, height, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return Buffer.from(png);
}
