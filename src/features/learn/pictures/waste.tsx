// Pictures of the 'waste' module: simple, high-contrast SVG drawings, decorative details kept few.
import type { ComponentType } from 'react';

export const wastePictures: Record<string, ComponentType> = {};
