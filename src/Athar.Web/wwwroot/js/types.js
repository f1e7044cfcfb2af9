// Colours of event types on the map and in legends (ACLED families share a hue: battles red, remote
// violence orange, violence against civilians purple, strategic developments blue).
import { t } from './i18n.js';

export const typeColours = {
  battle: '#c0392b',
  raid: '#e74c3c',
  territory_taken: '#922b21',
  air_strike: '#e67e22',
  shelling: '#d35400',
  bombing: '#f39c12',
  attack: '#8e44ad',
  abduction: '#6c3483',
  arrest: '#2471a3',
  other: '#7f8c8d',
};

export const typeLabel = (type) => t(`type_${type}`);

export const colourOf = (type) => typeColours[type] ?? typeColours.other;

/** Marker radius in pixels: grows with the square root of the fatalities (area ∝ deaths), capped. */
export function radiusFor(fatalities) {
  return Math.min(26, 5 + 2.5 * Math.sqrt(Math.max(0, fatalities ?? 0)));
}
