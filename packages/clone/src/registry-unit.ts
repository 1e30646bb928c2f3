import type { Commune } from '@kehoach/units';
import type { UnitProfile } from './load-unit.js';

/**
 * The profile of a commune of the units registry (`@kehoach/units`), as a secretariat writes it by
 * hand (examples/units): the commune's Ủy ban nhân dân, its header lines, place and scope, the
 * chairman's signature; its bodies are the standard ones of its kind (`unitAgencies`: a ward's
 * economic office is “Phòng Kinh tế, Hạ tầng và Đô thị”). A unit file still overrides it.
 *
 * @example communeProfile(units.find('02215')[0]).unit.name === 'Ủy ban nhân dân phường Minh Xuân'
 */
export function communeProfile(commune: Commune): UnitProfile {
  return {
    unit: {
      name: `Ủy ban nhân dân ${commune.fullName}`,
      headerLines: ['ỦY BAN NHÂN DÂN', commune.fullName.toLocaleUpperCase('vi')],
      abbreviation: 'UBND',
      place: commune.name,
      level: 'xa',
      kind: commune.kind,
      scope: `trên địa bàn ${commune.fullName}`,
    },
    self: 'ubnd-xa',
    signature: { authority: [{ type: 'TM', of: 'ỦY BAN NHÂN DÂN' }], titles: ['CHỦ TỊCH'], name: '(họ và tên)' },
  };
}
