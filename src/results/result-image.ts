/**
 * The reader's own result as a PNG, drawn in the browser from the page's data: the type, its
 * emblem and the six scales with the reader's scores. No answers. Returned as a data: URL (the
 * page's CSP allows data: images and nothing else non-local).
 */
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import type { InvestorTypeId } from '@/data/investor-types';
import type { DimensionScores } from '@/engine/contract';
import { emblemColours, type EmblemTheme } from '@/ui/emblem-colours';
import { emblemSvgMarkup } from '@/ui/emblem-markup';

export interface ResultImageInput {
  readonly typeId: InvestorTypeId;
  readonly typeName: string;
  readonly catchphrase: string;
  readonly eyebrow: string;
  readonly footer: string;
  readonly scores: DimensionScores;
  readonly dimensions: Readonly<
    Record<DimensionId, { readonly name: string; readonly low: string; readonly high: string }>
  >;
  readonly theme: EmblemTheme;
}

export const IMAGE_WIDTH = 1080;
export const IMAGE_HEIGHT = 1440;
const MARGIN = 80;
const FONT = '"Hiragino Sans", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic", sans-serif';

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The emblem could not be drawn'));
    image.src = src;
  });
}

/** Breaks text into lines that fit `width`, character by character (Japanese has no spaces). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const character of text) {
    if (line !== '' && context.measureText(line + character).width > width) {
      lines.push(line);
      line = character.trimStart();
    } else line += character;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export async function drawResultImage(input: ResultImageInput): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = IMAGE_WIDTH;
  canvas.height = IMAGE_HEIGHT;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('No 2D canvas in this browser');
  const colours = emblemColours(input.typeId, input.theme);
  const muted = input.theme === 'light' ? '#4d5560' : '#b9bfc8';

  context.fillStyle = colours.paper;
  context.fillRect(0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
  context.fillStyle = colours.accent;
  context.fillRect(0, 0, IMAGE_WIDTH, 16);

  const emblemSize = 220;
  const emblem = await loadImage(
    `data:image/svg+xml;charset=utf-8,${encodeURIComponent(emblemSvgMarkup(input.typeId, emblemSize, input.theme))}`,
  );
  context.drawImage(emblem, MARGIN, 80, emblemSize, emblemSize);

  const textLeft = MARGIN + emblemSize + 40;
  const textWidth = IMAGE_WIDTH - textLeft - MARGIN;
  context.textBaseline = 'alphabetic';
  context.fillStyle = colours.accent;
  context.font = `700 34px ${FONT}`;
  context.fillText(input.eyebrow, textLeft, 140);
  context.fillStyle = colours.ink;
  context.font = `700 64px ${FONT}`;
  let y = 220;
  for (const line of wrap(context, input.typeName, textWidth)) {
    context.fillText(line, textLeft, y);
    y += 74;
  }
  context.fillStyle = muted;
  context.font = `400 34px ${FONT}`;
  y = Math.max(y, 300) + 40;
  for (const line of wrap(context, input.catchphrase, IMAGE_WIDTH - 2 * MARGIN)) {
    context.fillText(line, MARGIN, y);
    y += 46;
  }

  // Six scales: the reader's position between each dimension's two ends.
  y += 40;
  const trackLeft = MARGIN;
  const trackWidth = IMAGE_WIDTH - 2 * MARGIN;
  for (const dimension of DIMENSION_IDS) {
    const { name, low, high } = input.dimensions[dimension];
    const score = Math.min(100, Math.max(0, input.scores[dimension]));
    context.fillStyle = colours.ink;
    context.font = `700 32px ${FONT}`;
    context.textAlign = 'left';
    context.fillText(name, trackLeft, y);
    context.textAlign = 'right';
    context.fillText(String(Math.round(score)), trackLeft + trackWidth, y);
    y += 22;
    context.fillStyle = colours.soft;
    context.fillRect(trackLeft, y, trackWidth, 14);
    context.fillStyle = colours.accent;
    context.beginPath();
    context.arc(trackLeft + (trackWidth * score) / 100, y + 7, 17, 0, Math.PI * 2);
    context.fill();
    y += 56;
    context.fillStyle = muted;
    context.font = `400 24px ${FONT}`;
    context.textAlign = 'left';
    context.fillText(low, trackLeft, y);
    context.textAlign = 'right';
    context.fillText(high, trackLeft + trackWidth, y);
    y += 72;
  }

  context.textAlign = 'left';
  context.fillStyle = muted;
  context.font = `700 30px ${FONT}`;
  context.fillText(input.footer, MARGIN, IMAGE_HEIGHT - 60);
  return canvas.toDataURL('image/png');
}

/** In-app browsers (LINE, Instagram, Facebook) ignore downloads: there the image is shown instead. */
export function ignoresDownloads(userAgent: string): boolean {
  return /\bLine\/|Instagram|FBAN|FBAV|FB_IAB/i.test(userAgent);
}
