// Pictures of the 'e-services' module: simple, high-contrast SVG drawings, decorative details kept few.
import type { ComponentType } from 'react';

export const eServicesPictures: Record<string, ComponentType> = {};
