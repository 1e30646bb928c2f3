/** The kind of a province-level unit. */
export type ProvinceKind = 'tinh' | 'thanh-pho';

/** The kind of a commune-level unit since 1 July 2025. */
export type CommuneKind = 'xa' | 'phuong' | 'dac-khu';

/** The kind of a commune-level unit before 1 July 2025 (thị trấn were a kind of their own). */
export type FormerCommuneKind = 'xa' | 'phuong' | 'thi-tran';

/** A province or centrally-run city since 1 July 2025 (34). */
export interface Province {
  level: 'tinh';
  /** The statistics office's two-digit code (`08`). */
  code: string;
  /** The name without its kind (`Tuyên Quang`, `Hà Nội`). */
  name: string;
  kind: ProvinceKind;
  /** The kind word and name as running text writes them (`tỉnh Tuyên Quang`, `thành phố Hà Nội`). */
  fullName: string;
}

/** A commune, ward or special zone since 1 July 2025 (3,321). */
export interface Commune {
  level: 'xa';
  /** The statistics office's five-digit code (`02215`). */
  code: string;
  /** The name without its kind (`Minh Xuân`). */
  name: string;
  kind: CommuneKind;
  /** The kind word and name as running text writes them (`phường Minh Xuân`). */
  fullName: string;
  province: Province;
}

/** A unit of the registry: a province or a commune. */
export type Unit = Province | Commune;

/** The legal basis of the 2025 arrangement, as far as the data states it. */
export interface Resolution {
  /** The resolution on the provinces: `Nghị quyết số 202/2025/QH15`. */
  provinces: string;
  /**
   * The resolution on the communes of the province, by its kind: the data does not carry each
   * province's number, so this names it by what it is and where (`Nghị quyết của Ủy ban Thường vụ
   * Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Tuyên Quang năm 2025`).
   */
  communes: string;
  /** The day the arrangement took effect: `2025-07-01`. */
  effective: string;
}

/** A commune-level unit before 1 July 2025 and what it became. */
export interface FormerCommune {
  /** Its old code, when the source gives one. */
  code?: string;
  name: string;
  kind: FormerCommuneKind;
  /** `xã Trung Môn`. */
  fullName: string;
  /** The former district (`Huyện Yên Sơn`). */
  district: string;
  /** The former province, as it was named (`Tuyên Quang`, `Hà Giang`). */
  formerProvince: string;
  /** The units it became part of (two when it was split). */
  successors: Commune[];
  resolution: Resolution;
}

/** A province before 1 July 2025 (63) and the province it is part of. */
export interface FormerProvince {
  name: string;
  kind: ProvinceKind;
  /** `tỉnh Hà Giang`. */
  fullName: string;
  successor: Province;
  /** False for a province that kept its name (Cao Bằng, Hà Nội …). */
  merged: boolean;
  resolution: Resolution;
}
