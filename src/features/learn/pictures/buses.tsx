// Pictures of the 'buses' module: simple, high-contrast SVG drawings, decorative details kept few.
import type { ComponentType } from 'react';

export const busesPictures: Record<string, ComponentType> = {};
