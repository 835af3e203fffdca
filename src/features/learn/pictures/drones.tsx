// Pictures of the 'drones' module: simple, high-contrast SVG drawings, decorative details kept few.
import type { ComponentType } from 'react';

export const dronesPictures: Record<string, ComponentType> = {};
