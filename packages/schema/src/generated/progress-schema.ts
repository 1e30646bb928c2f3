// Generated from schemas/progress.schema.json by packages/schema/scripts/gen-schema-module.mjs — do not edit.
/** The JSON Schema (draft 2020-12) of schemas/progress.schema.json. */
export const progressSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://cdn.jsdelivr.net/npm/@kehoach/schema@0/schemas/progress.schema.json",
  "title": "Tiến độ thực hiện kế hoạch (Plan progress)",
  "description": "Tệp tiến độ đặt cạnh kế hoạch: với mỗi nhiệm vụ trong danh mục (theo mã theo dõi), các lần cập nhật có ngày (tình trạng, kết quả, tỷ lệ, minh chứng, người báo cáo), các lần gia hạn và tạm dừng. Nhiệm vụ định kỳ: mỗi lần một mục. — The progress file beside a plan: for each checklist item (by its tracking id) dated updates, extensions and pauses; a recurring duty has one entry per occurrence.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "items"
  ],
  "properties": {
    "$schema": {
      "title": "Lược đồ (schema)",
      "description": "Đường dẫn lược đồ. — Schema URL.",
      "type": "string"
    },
    "plan": {
      "title": "Kế hoạch (plan)",
      "description": "Tệp kế hoạch mà tệp tiến độ này theo dõi, đường dẫn tính từ tệp này. — The plan file this progress tracks, relative to this file.",
      "type": "string",
      "minLength": 1
    },
    "items": {
      "title": "Nhiệm vụ (items)",
      "description": "Theo mã theo dõi của danh mục (cột “Mã theo dõi”), có thể bỏ phần đầu là mã kế hoạch: dvc-toan-trinh/2026-02-05/lead/van-phong-ubnd. — By the checklist's tracking id; the plan's key before the first “/” may be left out.",
      "type": "object",
      "propertyNames": {
        "pattern": "^[a-z0-9][a-z0-9/._-]*$"
      },
      "additionalProperties": {
        "$ref": "#/$defs/itemProgress"
      }
    }
  },
  "$defs": {
    "date": {
      "title": "Ngày (date)",
      "description": "Ngày dạng YYYY-MM-DD. — A date written YYYY-MM-DD.",
      "type": "string",
      "format": "date"
    },
    "itemProgress": {
      "title": "Tiến độ một nhiệm vụ (item progress)",
      "description": "Các lần cập nhật, gia hạn, tạm dừng của một nhiệm vụ. — Updates, extensions and pauses of one item.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "updates": {
          "title": "Cập nhật (updates)",
          "description": "Mỗi lần cơ quan báo cáo, theo thứ tự ngày. — Each report of the agency, in date order.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/update"
          }
        },
        "extensions": {
          "title": "Gia hạn (extensions)",
          "description": "Mỗi lần được gia hạn: hạn mới, văn bản cho phép, hạn cũ. — Each extension: new deadline, the granting document, the previous deadline.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/extension"
          }
        },
        "pauses": {
          "title": "Tạm dừng (pauses)",
          "description": "Khoảng thời gian nhiệm vụ tạm dừng. — Periods the duty is paused.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/pause"
          }
        }
      }
    },
    "update": {
      "title": "Cập nhật (update)",
      "description": "Một lần báo cáo tiến độ. — One progress report.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "date",
        "status"
      ],
      "properties": {
        "date": {
          "$ref": "#/$defs/date",
          "description": "Ngày báo cáo. — The date of the report."
        },
        "status": {
          "title": "Tình trạng (status)",
          "description": "hoan-thanh: đã hoàn thành; dang-thuc-hien: đang thực hiện; chua-thuc-hien: chưa thực hiện. — done, in progress, not started.",
          "type": "string",
          "enum": [
            "hoan-thanh",
            "dang-thuc-hien",
            "chua-thuc-hien"
          ],
          "enumDescriptions": [
            "Đã hoàn thành (ngày hoàn thành: completed, mặc định là ngày báo cáo)",
            "Đang thực hiện",
            "Chưa thực hiện"
          ]
        },
        "completed": {
          "$ref": "#/$defs/date",
          "description": "Ngày hoàn thành, khi khác ngày báo cáo. — The day the duty was completed, when not the report's date."
        },
        "result": {
          "title": "Kết quả (result)",
          "description": "Kết quả đạt được, như cơ quan báo cáo. — The result, as reported.",
          "type": "string"
        },
        "percent": {
          "title": "Tỷ lệ hoàn thành (percent)",
          "description": "Phần trăm khối lượng đã làm, khi đo được. — Percent done, where it can be measured.",
          "type": "number",
          "minimum": 0,
          "maximum": 100
        },
        "evidence": {
          "title": "Minh chứng (evidence)",
          "description": "Văn bản (số, ngày) hoặc đường dẫn. — Documents (number, date) or links.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/evidence"
          }
        },
        "reporter": {
          "title": "Người / cơ quan báo cáo (reporter)",
          "description": "Ví dụ Phòng Văn hóa - Xã hội, ông Nguyễn Văn A. — Who reported.",
          "type": "string"
        },
        "difficulties": {
          "title": "Khó khăn, vướng mắc (difficulties)",
          "description": "Khó khăn, vướng mắc và kiến nghị. — Difficulties and proposals.",
          "type": "string"
        }
      }
    },
    "evidence": {
      "title": "Minh chứng (evidence)",
      "description": "Một văn bản (số, ngày, trích yếu) hoặc một đường dẫn. — A document (number, date, subject) or a link.",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "number": {
          "title": "Số, ký hiệu (number)",
          "description": "Ví dụ 125/BC-SKHCN. — e.g. 125/BC-SKHCN.",
          "type": "string",
          "minLength": 1
        },
        "date": {
          "$ref": "#/$defs/date",
          "description": "Ngày văn bản. — The document's date."
        },
        "title": {
          "title": "Trích yếu (title)",
          "description": "Trích yếu nội dung. — The document's subject.",
          "type": "string"
        },
        "link": {
          "title": "Đường dẫn (link)",
          "description": "Địa chỉ tệp hoặc trang. — A link to the file or page.",
          "type": "string",
          "minLength": 1
        }
      }
    },
    "document": {
      "title": "Văn bản (document)",
      "description": "Văn bản cho phép: số, ngày. — The granting document: number, date.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "number",
        "date"
      ],
      "properties": {
        "number": {
          "title": "Số, ký hiệu (number)",
          "description": "Ví dụ 45/UBND-VP. — e.g. 45/UBND-VP.",
          "type": "string",
          "minLength": 1
        },
        "date": {
          "$ref": "#/$defs/date",
          "description": "Ngày văn bản. — The document's date."
        },
        "title": {
          "title": "Trích yếu (title)",
          "description": "Trích yếu nội dung. — The document's subject.",
          "type": "string"
        }
      }
    },
    "extension": {
      "title": "Gia hạn (extension)",
      "description": "Hạn mới và văn bản cho gia hạn; hạn cũ được giữ. — The new deadline and its document; the previous one is kept.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "due",
        "grantedBy"
      ],
      "properties": {
        "due": {
          "$ref": "#/$defs/date",
          "description": "Hạn mới (hoàn thành trong ngày này là đúng hạn). — The new deadline (done on that day is on time)."
        },
        "previousDue": {
          "$ref": "#/$defs/date",
          "description": "Hạn trước khi gia hạn; để trống thì là hạn theo kế hoạch hoặc lần gia hạn trước. — The deadline before; by default the plan's or the previous extension's."
        },
        "grantedBy": {
          "$ref": "#/$defs/document",
          "description": "Văn bản cho gia hạn; gia hạn có hiệu lực từ ngày văn bản. — The document granting it; effective from its date."
        },
        "reason": {
          "title": "Lý do (reason)",
          "description": "Lý do gia hạn. — Why.",
          "type": "string"
        }
      }
    },
    "pause": {
      "title": "Tạm dừng (pause)",
      "description": "Nhiệm vụ tạm dừng từ ngày đến ngày (để trống “to” khi chưa tiếp tục). — Paused from a day to a day (no “to” while still paused).",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "from"
      ],
      "properties": {
        "from": {
          "$ref": "#/$defs/date",
          "description": "Từ ngày. — From."
        },
        "to": {
          "$ref": "#/$defs/date",
          "description": "Đến ngày (tiếp tục từ ngày sau). — To (resumed the day after)."
        },
        "reason": {
          "title": "Lý do (reason)",
          "description": "Lý do tạm dừng. — Why.",
          "type": "string"
        },
        "document": {
          "$ref": "#/$defs/document",
          "description": "Văn bản cho tạm dừng, nếu có. — The document, if any."
        }
      }
    }
  }
} as const;
