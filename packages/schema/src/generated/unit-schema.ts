// Generated from schemas/unit.schema.json by packages/schema/scripts/gen-schema-module.mjs — do not edit.
/** The JSON Schema (draft 2020-12) of schemas/unit.schema.json. */
export const unitSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://cdn.jsdelivr.net/npm/@kehoach/schema@0/schemas/unit.schema.json",
  "title": "Hồ sơ đơn vị cấp dưới (Lower unit profile)",
  "description": "Mô tả đơn vị (xã, phường …) nhân bản kế hoạch cấp trên: tên, người ký, các cơ quan của mình và bảng ánh xạ cơ quan. Bảng ánh xạ mặc định tỉnh → xã (2025) đã có sẵn; chỉ ghi các ngoại lệ. — A lower unit cloning a higher plan: names, signer, own bodies and the agency map; the default province → commune map is built in, write only the exceptions.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "unit"
  ],
  "properties": {
    "$schema": {
      "title": "Lược đồ (schema)",
      "description": "Đường dẫn lược đồ. — Schema URL.",
      "type": "string"
    },
    "unit": {
      "title": "Đơn vị (unit)",
      "description": "Thông tin đơn vị ban hành kế hoạch con. — The unit issuing the child plan.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "abbreviation",
        "place",
        "level",
        "scope"
      ],
      "properties": {
        "name": {
          "title": "Tên đơn vị (name)",
          "description": "Ví dụ Ủy ban nhân dân xã Minh Xuân. — e.g. Ủy ban nhân dân xã Minh Xuân.",
          "type": "string",
          "minLength": 1
        },
        "headerLines": {
          "title": "Các dòng tiêu đề (header lines)",
          "description": "Ví dụ [ỦY BAN NHÂN DÂN, XÃ MINH XUÂN]. — The upper-case header lines.",
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "maxItems": 4
        },
        "abbreviation": {
          "title": "Chữ viết tắt (abbreviation)",
          "description": "Dùng trong ký hiệu, ví dụ UBND. — For the symbol, e.g. UBND.",
          "type": "string",
          "pattern": "^[^\\s/]+$"
        },
        "place": {
          "title": "Địa danh (place)",
          "description": "Ví dụ Minh Xuân. — e.g. Minh Xuân.",
          "type": "string",
          "minLength": 1
        },
        "level": {
          "title": "Cấp (level)",
          "description": "Cấp của đơn vị: xa (hoặc huyen với kế hoạch cũ). — The unit's level.",
          "enum": [
            "tinh",
            "huyen",
            "xa",
            "thon"
          ]
        },
        "scope": {
          "title": "Địa bàn (scope)",
          "description": "Ví dụ “trên địa bàn xã Minh Xuân”. — e.g. “trên địa bàn xã Minh Xuân”.",
          "type": "string",
          "minLength": 1
        },
        "kind": {
          "title": "Loại đơn vị (unit kind)",
          "description": "xa, phuong hay dac-khu (đổi tên phòng kinh tế theo loại). — Commune, ward or special zone.",
          "enum": [
            "xa",
            "phuong",
            "dac-khu"
          ]
        },
        "parent": {
          "title": "Cơ quan chủ quản (parent body)",
          "description": "Nếu văn bản có dòng cơ quan chủ quản. — If the header has a parent body line.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "type": "string"
            },
            "headerLines": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        }
      }
    },
    "self": {
      "title": "Mã của chính đơn vị (the unit's own id)",
      "description": "Mã cơ quan đại diện chính đơn vị trong agencies (mặc định ubnd-xa). — The agency id that stands for the unit itself (default ubnd-xa).",
      "type": "string",
      "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
    },
    "signature": {
      "title": "Chữ ký (signature)",
      "description": "Như signature của kế hoạch. — As a plan's signature.",
      "type": "object"
    },
    "agencies": {
      "title": "Cơ quan của đơn vị (own agencies)",
      "description": "Thêm hoặc sửa tên các cơ quan cấp xã (mặc định có sẵn: van-phong, phong-kinh-te, phong-vhxh, tram-y-te, cong-an-xa, ban-chqs-xa, mttq-xa, doan-the-xa, cac-ban-nganh-xa, truong-thon, hieu-truong). — Add or rename the unit's bodies; the default commune bodies are built in.",
      "type": "object",
      "propertyNames": {
        "type": "string",
        "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
      },
      "additionalProperties": {
        "type": "object"
      }
    },
    "map": {
      "title": "Ánh xạ cơ quan (agency map)",
      "description": "Mã cơ quan cấp trên → mã cơ quan của đơn vị, “self” (chính đơn vị) hoặc null (không có ở cấp này). Ghi đè bảng mặc định. — Parent agency id → own agency id, “self”, or null (not at this level); overrides the default map.",
      "type": "object",
      "propertyNames": {
        "type": "string",
        "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
      },
      "additionalProperties": {
        "anyOf": [
          {
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
          },
          {
            "type": "null"
          }
        ]
      }
    },
    "recipients": {
      "title": "Nơi nhận (recipients)",
      "description": "Như recipients của kế hoạch; mặc định gửi cơ quan cấp trên. — As a plan's recipients; default: the parent issuer.",
      "type": "object"
    }
  }
} as const;
