// Pictures drawn by the app as inline SVG, by id `<module>/<name>`. Each module's pictures live in
// their own file; the text alternative comes from the step's `pictureAlt` word.
import type { ComponentType } from 'react';
import { busesPictures } from '@/features/learn/pictures/buses';
import { dronesPictures } from '@/features/learn/pictures/drones';
import { eServicesPictures } from '@/features/learn/pictures/e-services';
import { messengersPictures } from '@/features/learn/pictures/messengers';
import { wastePictures } from '@/features/learn/pictures/waste';

const byModule: Record<string, Record<string, ComponentType>> = {
  'e-services': eServicesPictures,
  buses: busesPictures,
  waste: wastePictures,
  messengers: messengersPictures,
  drones: dronesPictures,
};

/** The picture component for an id like `waste/bins`, or undefined when there is none. */
export function findPicture(id: string): ComponentType | undefined {
  const [module, name] = id.split('/');
  return module && name ? byModule[module]?.[name] : undefined;
}
