// Pictures of the 'messengers' module: simple, high-contrast SVG drawings, decorative details kept few.
import type { ComponentType } from 'react';

export const messengersPictures: Record<string, ComponentType> = {};
