import type { Province, Resolution } from './model.js';

/** The day the two-tier local government and the 2025 arrangement of units took effect. */
export const REFORM_DATE = '2025-07-01';

/** The resolution of the National Assembly on the provinces (Nghị quyết 202/2025/QH15). */
export const PROVINCES_RESOLUTION = 'Nghị quyết số 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh';

/** The legal basis of a province's arrangement of its communes (the data names no number: see `Resolution`). */
export function resolutionOf(province: Province): Resolution {
  return {
    provinces: PROVINCES_RESOLUTION,
    communes: `Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của ${province.fullName} năm 2025`,
    effective: REFORM_DATE,
  };
}
